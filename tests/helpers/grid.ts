import { parseCellAddress } from "../../src/engine/grid/address";
import type { CellValue } from "../../src/engine/grid/CellValue";
import type { CellRange, SheetGrid } from "../../src/engine/grid/SheetGrid";

/** A sheet from a matrix literal; merges in A1 notation ("A1:H1"), or null for "merges unknown". */
export function sheet(name: string, cells: CellValue[][], merges: string[] | null = []): SheetGrid {
  return { name, cells, merges: merges === null ? null : merges.map(range) };
}

export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const start = parseCellAddress(from ?? "");
  const end = parseCellAddress(to ?? "");
  if (start === null || end === null) throw new Error(`bad range ${a1}`);
  return {
    rowIndex: start.rowIndex,
    colIndex: start.colIndex,
    lastRowIndex: end.rowIndex,
    lastColIndex: end.colIndex,
  };
}
