import type { Plan, PlanPeriod } from "../plan/Plan";
import { DEFAULT_SETTINGS } from "../settings/defaultSettings";
import type { Settings } from "../settings/Settings";
import { makeIssue, type AnyIssue } from "./Issue";
import type { IssueCode, Severity } from "./IssueCode";
import { RULES } from "./rules";
import { severityRank } from "./severityRank";

export type ValidationStatus = "ok" | "warnings" | "errors";

export type ValidationResult = {
  /** Findings in sheet → row → column order, at most `settings.maxIssues` (+ a limit-reached note). */
  readonly issues: readonly AnyIssue[];
  /** Counts of ALL findings, also those beyond the cap. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Counts of ALL findings per code (codes without findings are absent), also those beyond the cap. */
  readonly byCode: Readonly<Partial<Record<IssueCode, number>>>;
  readonly truncated: boolean;
  /** "ok": no errors and no warnings (notes may remain); "warnings": no errors. */
  readonly status: ValidationStatus;
  /** The plan period the checks used (settings first, then the title). */
  readonly period: PlanPeriod | null;
};

/**
 * Runs every rule over a parsed plan. Data problems are returned, never thrown. When there are more findings
 * than `maxIssues`, errors are kept first and a `limit-reached` note says how many were left out.
 */
export function validatePlan(plan: Plan, settings: Settings = DEFAULT_SETTINGS): ValidationResult {
  const period = settings.planPeriod ?? plan.period;
  const found: AnyIssue[] = [];
  for (const rule of RULES) {
    rule.check({ plan, settings, period }, (issue) => {
      const override = settings.rules[issue.code];
      if (override === "off") return;
      found.push(override === undefined ? issue : ({ ...issue, severity: override } as AnyIssue));
    });
  }
  const counts = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<IssueCode, number>> = {};
  for (const issue of found) {
    counts[issue.severity]++;
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  }
  const sheetOrder = new Map(plan.sheets.map((sheet, i) => [sheet.name, i]));
  const byPosition = (a: AnyIssue, b: AnyIssue): number =>
    (a.sheet === null ? -1 : (sheetOrder.get(a.sheet) ?? 0)) -
      (b.sheet === null ? -1 : (sheetOrder.get(b.sheet) ?? 0)) ||
    (a.rowIndex ?? -1) - (b.rowIndex ?? -1) ||
    (a.colIndex ?? -1) - (b.colIndex ?? -1);
  let issues = found;
  const truncated = found.length > settings.maxIssues;
  if (truncated) {
    issues = [...found]
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || byPosition(a, b))
      .slice(0, settings.maxIssues);
  }
  issues = [...issues].sort(byPosition);
  if (truncated) {
    const none = { sheet: null, rowIndex: null, colIndex: null };
    issues.push(makeIssue("limit-reached", "info", none, { limit: settings.maxIssues, total: found.length }));
  }
  const status: ValidationStatus = counts.error > 0 ? "errors" : counts.warning > 0 ? "warnings" : "ok";
  return { issues, counts, byCode, truncated, status, period };
}
