import type { CellObject, WorkSheet } from "@e965/xlsx";
import { type CellRange, type CellValue, normaliseDate, type SheetGrid } from "../../engine";

/**
 * One SheetJS dense sheet as the engine's grid: values only, rows 0-based, no holes (`null` instead).
 * A plain loop per cell with no closures: this runs for every cell of 25k-row plans.
 */
export function sheetToGrid(name: string, sheet: WorkSheet | undefined, withMerges: boolean): SheetGrid {
  const data: ReadonlyArray<ReadonlyArray<CellObject | undefined> | undefined> = sheet?.["!data"] ?? [];
  const cells: CellValue[][] = new Array<CellValue[]>(data.length);
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (source === undefined) {
      cells[r] = [];
      continue;
    }
    const row = new Array<CellValue>(source.length);
    for (let c = 0; c < source.length; c++) row[c] = cellValue(source[c]);
    cells[r] = row;
  }
  return { name, cells, merges: withMerges ? mergesOf(sheet) : null };
}

function mergesOf(sheet: WorkSheet | undefined): CellRange[] {
  const merges = sheet?.["!merges"] ?? [];
  const ranges = new Array<CellRange>(merges.length);
  for (let i = 0; i < merges.length; i++) {
    const { s, e } = merges[i] ?? { s: { r: 0, c: 0 }, e: { r: 0, c: 0 } };
    ranges[i] = { rowIndex: s.r, colIndex: s.c, lastRowIndex: e.r, lastColIndex: e.c };
  }
  return ranges;
}

/** Strings as is (`""` → null), numbers, booleans, dates; errors, blanks and uncached formulas → null. */
function cellValue(cell: CellObject | undefined): CellValue {
  if (cell === undefined) return null;
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return typeof v === "string" ? (v === "" ? null : v) : v === undefined || v === null ? null : String(v);
    case "n":
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "d":
      return v instanceof Date ? normaliseDate(v) : null;
    default:
      return null;
  }
}
