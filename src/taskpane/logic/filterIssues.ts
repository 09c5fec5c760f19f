import { SEVERITIES, type IssueCode, type Severity } from "../../engine";
import type { IssueEntry } from "./issueEntries";

/** Which findings to show: the checked severities and, optionally, one rule. */
export type IssueFilter = { readonly severities: ReadonlySet<Severity>; readonly rule: IssueCode | null };

export const SHOW_ALL: IssueFilter = { severities: new Set(SEVERITIES), rule: null };

export function filterIssues(entries: readonly IssueEntry[], filter: IssueFilter): IssueEntry[] {
  return entries.filter(
    ({ issue }) =>
      filter.severities.has(issue.severity) && (filter.rule === null || issue.code === filter.rule),
  );
}

/** How many findings each rule has, in order of first appearance: the options of the rule filter. */
export function ruleCounts(entries: readonly IssueEntry[]): { code: IssueCode; count: number }[] {
  const counts = new Map<IssueCode, number>();
  for (const { issue } of entries) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}

/** How many findings each severity has among the entries. */
export function severityCounts(entries: readonly IssueEntry[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { issue } of entries) counts[issue.severity]++;
  return counts;
}
