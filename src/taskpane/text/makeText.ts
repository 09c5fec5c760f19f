import type { AnyIssue, ColumnChoice, Evidence, FieldRole, IssueCode } from "../../engine";
import {
  CATALOGUES,
  describeConfidence,
  describeEvidence,
  describeIssue,
  type Locale,
  t,
  type UiKey,
  type UiParams,
} from "../../i18n";

/** Everything the pane says, in one language: UI strings, findings, field and rule names. */
export type Text = {
  readonly locale: Locale;
  ui(key: UiKey, params?: UiParams): string;
  issue(issue: AnyIssue): { message: string; hint: string };
  field(role: FieldRole): string;
  rule(code: IssueCode): string;
  /** Why a column was read as its role, and how sure: "its header says “строк” · sure". */
  evidence(choice: ColumnChoice): string;
  /** Why a column might be a role (the closest column to a missing one): "its header says “period”". */
  why(evidence: Evidence): string;
  /** A count written as the language writes numbers: "6,944", "6 944". */
  number(value: number): string;
};

export function makeText(locale: Locale): Text {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    locale,
    ui: (key, params) => t(locale, key, params),
    issue: (issue) => describeIssue(issue, locale),
    field: (role) => CATALOGUES[locale].fields[role],
    rule: (code) => t(locale, `pane.rule.${code}`),
    evidence: (choice) =>
      `${describeEvidence(choice.evidence, locale)} · ${describeConfidence(choice.confidence, locale)}`,
    number: (value) => numbers.format(value),
    why: (evidence) => describeEvidence(evidence, locale),
  };
}
