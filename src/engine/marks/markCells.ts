import type { Severity } from "../checks/IssueCode";
import { severityRank } from "../checks/severityRank";
import type { CellRange } from "../grid/SheetGrid";
import type { CellMark, MarkedCell } from "./CellMark";
import { topLeftLookup } from "./topLeftLookup";

/**
 * A cell's note holds at most this many characters (Excel takes 32,767; the messages are short, and a cap
 * keeps requests and the mark ledger small). A longer text is cut and ends in "…".
 */
export const MAX_NOTE_LENGTH = 2_000;

type Finding = { readonly severity: Severity; readonly note: string };

/**
 * The marks of one sheet, merged per cell: each finding inside a merged range moves to the range's top-left
 * cell (the only one Excel shows); a cell takes its most severe finding's severity and the distinct notes
 * (trimmed, empty ones dropped), most severe first, one a line. `merges` null: the sheet's merged ranges are
 * unknown, cells stay where they are. Sorted by row, then column.
 */
export function markCells(
  marks: readonly Omit<CellMark, "sheet">[],
  merges: readonly CellRange[] | null,
): MarkedCell[] {
  const topLeft = topLeftLookup(merges ?? [], marks);
  const byCell = new Map<string, { rowIndex: number; colIndex: number; found: Finding[] }>();
  for (const mark of marks) {
    const { rowIndex, colIndex } = topLeft(mark.rowIndex, mark.colIndex);
    const key = `${rowIndex},${colIndex}`;
    const cell = byCell.get(key);
    if (cell) cell.found.push(mark);
    else byCell.set(key, { rowIndex, colIndex, found: [mark] });
  }
  const cells: MarkedCell[] = [];
  for (const { rowIndex, colIndex, found } of byCell.values()) {
    const sorted = [...found].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const first = sorted[0];
    if (first === undefined) continue;
    const notes = new Set(sorted.map((f) => f.note.trim()).filter((note) => note !== ""));
    cells.push({ rowIndex, colIndex, severity: first.severity, note: capNote([...notes].join("\n")) });
  }
  return cells.sort((a, b) => a.rowIndex - b.rowIndex || a.colIndex - b.colIndex);
}

/**
 * Every sheet's marks merged per cell (see markCells), by sheet name in order of first appearance;
 * `mergesOf` gives a sheet's merged ranges (null: unknown).
 */
export function marksBySheet(
  marks: readonly CellMark[],
  mergesOf: (sheet: string) => readonly CellRange[] | null,
): Map<string, MarkedCell[]> {
  const bySheet = new Map<string, CellMark[]>();
  for (const mark of marks) {
    const list = bySheet.get(mark.sheet);
    if (list) list.push(mark);
    else bySheet.set(mark.sheet, [mark]);
  }
  return new Map([...bySheet].map(([sheet, list]) => [sheet, markCells(list, mergesOf(sheet))]));
}

function capNote(text: string): string {
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}
