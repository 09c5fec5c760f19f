import type { CellRange } from "../../engine";
import type { CellInput, SheetSpec } from "../WorkbookSpec";
import { resolveStyle, type CellStyle } from "./styleTraits";

/** Points per line of 11-point text. */
export const LINE_HEIGHT = 15;
/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 9;

/**
 * Heights for rows holding wrapped text. Excel may fit such rows when it opens a file, LibreOffice does
 * not, so rows whose height the spec leaves open get an estimate: for each wrapped cell, its lines at
 * about one character per width unit (merged cells use the width of all their columns; cells merged
 * over several rows are left out). Returns `(rowIndex, row) => points | null`.
 */
export function rowHeightEstimator(
  sheet: SheetSpec,
): (rowIndex: number, row: readonly CellInput[]) => number | null {
  const widths = sheet.columnWidths ?? [];
  const widthOf = (col: number): number => widths[col] ?? DEFAULT_WIDTH;
  const mergesAt = new Map<string, CellRange>();
  for (const merge of sheet.merges ?? []) mergesAt.set(`${merge.rowIndex},${merge.colIndex}`, merge);
  const wrapsByKey = new Map<string, boolean>();
  const wraps = (style: CellStyle | undefined): boolean => {
    if (style === undefined) return false;
    const key = typeof style === "string" ? style : style.join("|");
    let wrap = wrapsByKey.get(key);
    if (wrap === undefined) wrapsByKey.set(key, (wrap = resolveStyle(style, false).wrap));
    return wrap;
  };
  return (rowIndex, row) => {
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const input = row[c];
      if (typeof input !== "object" || input === null || input instanceof Date) continue;
      if (typeof input.value !== "string" || !wraps(input.style)) continue;
      const merge = mergesAt.get(`${rowIndex},${c}`);
      if (merge && merge.lastRowIndex > merge.rowIndex) continue;
      let width = 0;
      for (let col = c; col <= (merge?.lastColIndex ?? c); col++) width += widthOf(col);
      lines = Math.max(lines, linesNeeded(input.value, width));
    }
    return lines > 1 ? lines * LINE_HEIGHT : null;
  };
}

/** Lines a text needs in a column `width` characters wide. */
export function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, width - 2);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(line.length / perLine));
  return lines;
}
