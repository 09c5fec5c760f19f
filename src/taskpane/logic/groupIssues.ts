import { SEVERITIES, type Severity } from "../../engine";
import type { IssueEntry } from "./issueEntries";

export type SeverityGroup = { readonly severity: Severity; readonly entries: readonly IssueEntry[] };

/** Findings of one sheet (null: the whole workbook), errors first, each severity in sheet order. */
export type SheetGroup = {
  readonly sheet: string | null;
  readonly count: number;
  readonly severities: readonly SeverityGroup[];
};

/** Groups findings by sheet (workbook-wide ones first, then sheets in the order they appear) and severity. */
export function groupIssues(entries: readonly IssueEntry[]): SheetGroup[] {
  const bySheet = new Map<string | null, IssueEntry[]>();
  for (const entry of entries.filter((e) => e.issue.sheet === null)) push(bySheet, null, entry);
  for (const entry of entries.filter((e) => e.issue.sheet !== null)) push(bySheet, entry.issue.sheet, entry);
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    count: list.length,
    severities: SEVERITIES.map((severity) => ({
      severity,
      entries: list.filter((e) => e.issue.severity === severity),
    })).filter((group) => group.entries.length > 0),
  }));
}

function push(map: Map<string | null, IssueEntry[]>, key: string | null, entry: IssueEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
