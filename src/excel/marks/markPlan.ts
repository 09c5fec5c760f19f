import { cellAddress, marksBySheet, type CellMark, type CellRange, type MarkedCell } from "../../engine";

/** An engine mark (engine/marks) with the A1 address the ledger and Office's range calls use. */
export type PlannedMark = MarkedCell & { readonly a1: string };

/** The marks to show, by sheet name and A1 address (empty: clear). */
export type MarkPlan = ReadonlyMap<string, ReadonlyMap<string, PlannedMark>>;

/**
 * The engine's marks (one a cell: the most severe finding's fill, the notes joined and capped, a merged range
 * marked at its top-left cell) keyed by A1 address, the form in which the ledger remembers cells and Office
 * takes ranges: indices become addresses here, at the last step. Findings without a cell (negative indices)
 * are not shown.
 */
export function markPlan(
  marks: readonly CellMark[],
  mergesOf: (sheet: string) => readonly CellRange[] | null,
): MarkPlan {
  const onCells = marks.filter((mark) => mark.rowIndex >= 0 && mark.colIndex >= 0);
  const plan = new Map<string, Map<string, PlannedMark>>();
  for (const [sheet, cells] of marksBySheet(onCells, mergesOf)) {
    const byAddress = new Map<string, PlannedMark>();
    for (const cell of cells) {
      const a1 = cellAddress(cell.rowIndex, cell.colIndex);
      byAddress.set(a1, { ...cell, a1 });
    }
    plan.set(sheet, byAddress);
  }
  return plan;
}
