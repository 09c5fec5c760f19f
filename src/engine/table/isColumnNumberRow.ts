import type { SheetView } from "../grid/SheetView";

/** A "1 2 3 4 …" row under a header: at least three cells numbered consecutively from 1, nothing else. */
export function isColumnNumberRow(view: SheetView, rowIndex: number): boolean {
  const columns = view.filledColumns(rowIndex);
  if (columns.length < 3) return false;
  let expected = 1;
  for (const colIndex of columns) {
    const value = view.raw(rowIndex, colIndex);
    const number = typeof value === "number" ? value : Number(String(value).trim().replace(/\.$/, ""));
    if (number !== expected) return false;
    expected++;
  }
  return true;
}
