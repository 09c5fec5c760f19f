import type { CellRange } from "../../engine";

/** The worksheet's range over a 0-based inclusive block (a table's, a chart's source). */
export function rangeOf(worksheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return worksheet.getRangeByIndexes(
    range.rowIndex,
    range.colIndex,
    range.lastRowIndex - range.rowIndex + 1,
    range.lastColIndex - range.colIndex + 1,
  );
}
