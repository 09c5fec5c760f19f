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
