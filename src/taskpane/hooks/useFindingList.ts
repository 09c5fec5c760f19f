import { useCallback, useMemo } from "react";
import { findingRows, type FindingRow } from "../logic/findingRows";
import type { SheetGroup } from "../logic/groupIssues";
import { useRovingList, type RovingList } from "./useRovingList";
import { useVirtualRows, type VirtualRows } from "./useVirtualRows";

/** Heights the list assumes for rows not drawn yet (measured once drawn). */
const ESTIMATE = { sheet: 44, severity: 28, finding: 112, findingWithContext: 160 } as const;

export type FindingList = {
  readonly rows: readonly FindingRow[];
  /** How many findings the list holds (a screen reader hears "3 of 327" though few rows are drawn). */
  readonly findings: number;
  readonly roving: RovingList;
  readonly virtual: VirtualRows;
};

/** The findings list's rows, drawn a window at a time, with one Tab stop and the arrow keys inside. */
export function useFindingList(groups: readonly SheetGroup[], withContext: boolean): FindingList {
  const rows = useMemo(() => findingRows(groups), [groups]);
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const estimate = useCallback(
    (index: number) => {
      const kind = rows[index]?.kind ?? "finding";
      return kind === "finding" && withContext ? ESTIMATE.findingWithContext : ESTIMATE[kind];
    },
    [rows, withContext],
  );
  const roving = useRovingList(rows);
  const virtual = useVirtualRows(keys, estimate, roving.active);
  const findings = groups.reduce((sum, group) => sum + group.count, 0);
  return { rows, findings, roving, virtual };
}
