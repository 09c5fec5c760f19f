import type { Severity } from "../../engine";
import type { SheetGroup } from "./groupIssues";
import type { IssueEntry } from "./issueEntries";

/** One row of the findings list as it is drawn: a sheet's heading, a severity's heading, or a finding. */
export type FindingRow =
  | { readonly kind: "sheet"; readonly key: string; readonly sheet: string | null; readonly count: number }
  | { readonly kind: "severity"; readonly key: string; readonly severity: Severity; readonly count: number }
  | {
      readonly kind: "finding";
      readonly key: string;
      readonly entry: IssueEntry;
      /** 1-based place among the findings shown (what a screen reader says: "3 of 327"). */
      readonly position: number;
    };

/** The grouped findings as one flat run of rows, for a list that draws only the rows in view. */
export function findingRows(groups: readonly SheetGroup[]): FindingRow[] {
  const rows: FindingRow[] = [];
  let position = 0;
  for (const group of groups) {
    const sheetKey = `sheet:${group.sheet ?? ""}`;
    rows.push({ kind: "sheet", key: sheetKey, sheet: group.sheet, count: group.count });
    for (const { severity, entries } of group.severities) {
      rows.push({ kind: "severity", key: `${sheetKey}:${severity}`, severity, count: entries.length });
      for (const entry of entries)
        rows.push({ kind: "finding", key: entry.key, entry, position: ++position });
    }
  }
  return rows;
}

/**
 * The row a key moves to from the finding at row `from`: the finding `step` places on (PageDown: 10), or the
 * first or the last; headings are skipped. From anywhere else (nothing active yet): the first finding.
 */
export function nextFinding(
  rows: readonly FindingRow[],
  from: number | null,
  step: number | "first" | "last",
): number | null {
  const findings = rows.flatMap((row, index) => (row.kind === "finding" ? [index] : []));
  if (findings.length === 0) return null;
  const at = from === null ? -1 : findings.indexOf(from);
  if (step === "first" || at === -1) return findings[0] ?? null;
  if (step === "last") return findings.at(-1) ?? null;
  return findings[Math.max(0, Math.min(findings.length - 1, at + step))] ?? null;
}
