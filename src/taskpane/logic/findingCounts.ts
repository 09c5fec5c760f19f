import { SEVERITIES, type IssueCode, type Severity, type ValidationResult } from "../../engine";
import type { IssueEntry } from "./issueEntries";
import type { Text } from "../text/makeText";

/** How many findings of a kind the list holds, and how many the plan has (more when the cap cut the list). */
export type Tally = { readonly listed: number; readonly total: number };

export type SeverityTally = Readonly<Record<Severity, Tally>>;

export type RuleTally = Tally & { readonly code: IssueCode };

/** Per severity: listed (the entries) and found (the engine's counts of every finding, the cap ignored). */
export function severityTally(
  entries: readonly IssueEntry[],
  counts: ValidationResult["counts"],
): SeverityTally {
  const listed: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { issue } of entries) listed[issue.severity]++;
  const tally = {} as Record<Severity, Tally>;
  for (const severity of SEVERITIES)
    tally[severity] = { listed: listed[severity], total: Math.max(counts[severity], listed[severity]) };
  return tally;
}

/** Per rule, in order of first appearance in the list: listed and found. */
export function ruleTally(entries: readonly IssueEntry[], byCode: ValidationResult["byCode"]): RuleTally[] {
  const listed = new Map<IssueCode, number>();
  for (const { issue } of entries) listed.set(issue.code, (listed.get(issue.code) ?? 0) + 1);
  return [...listed].map(([code, count]) => ({
    code,
    listed: count,
    total: Math.max(byCode[code] ?? 0, count),
  }));
}

/**
 * "Warnings: 6,944", or "Warnings: 327 of 6,944 listed" when the cap left some out: the one wording of a
 * count wherever the pane shows it (the summary's badges, the filter switches).
 */
export function tallyLabel(text: Text, label: string, tally: Tally): string {
  return tally.listed === tally.total
    ? text.ui("pane.count.all", { label, count: text.number(tally.total) })
    : text.ui("pane.count.listed", {
        label,
        listed: text.number(tally.listed),
        total: text.number(tally.total),
      });
}

/** The severity's count in words: "Errors: 12". */
export function severityLabel(text: Text, severity: Severity, tally: Tally): string {
  return tallyLabel(text, text.ui(`pane.severity.${severity}`), tally);
}

/** A rule in the rule picker: "Vague indicator (12)", or "(12 of 40 listed)" when the cap cut it. */
export function ruleLabel(text: Text, rule: RuleTally): string {
  return rule.listed === rule.total
    ? text.ui("pane.filter.ruleOption", { rule: text.rule(rule.code), count: text.number(rule.total) })
    : text.ui("pane.filter.ruleListed", {
        rule: text.rule(rule.code),
        listed: text.number(rule.listed),
        total: text.number(rule.total),
      });
}
