import type { TableSpec } from "../xlsx";

/**
 * An Excel table (with filter buttons) over a sheet whose first row is the header: none when the sheet has no
 * data row, since Excel refuses a table without one.
 */
export function wholeSheetTable(name: string, rowCount: number, columnCount: number): TableSpec[] {
  if (rowCount < 2) return [];
  return [
    { name, range: { rowIndex: 0, colIndex: 0, lastRowIndex: rowCount - 1, lastColIndex: columnCount - 1 } },
  ];
}
