import { columnIndex, type CellRange } from "../../engine";

/** One area of a RangeAreas address: an optional sheet prefix (quoted or not), then `A1` or `A1:B2`. */
const AREA =
  /^(?:(?:'(?:[^']|'')+'|[^'!,]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*(?:,\s*|$)/;

/**
 * The rectangles of a `RangeAreas.address` such as `'План заходів'!A5:A9, 'План заходів'!B2:H2`, 0-based.
 * Null when the text does not parse as a list of areas (the caller then treats the merges as unknown rather
 * than guessing).
 */
export function parseAreasAddress(address: string): CellRange[] | null {
  const ranges: CellRange[] = [];
  let rest = address.trim();
  while (rest.length > 0) {
    const match = AREA.exec(rest);
    if (!match) return null;
    const [whole, col, row, lastCol, lastRow] = match;
    const rowIndex = Number(row) - 1;
    const colIndex = columnIndex(col ?? "");
    const lastRowIndex = lastRow === undefined ? rowIndex : Number(lastRow) - 1;
    const lastColIndex = lastCol === undefined ? colIndex : columnIndex(lastCol);
    ranges.push({
      rowIndex: Math.min(rowIndex, lastRowIndex),
      colIndex: Math.min(colIndex, lastColIndex),
      lastRowIndex: Math.max(rowIndex, lastRowIndex),
      lastColIndex: Math.max(colIndex, lastColIndex),
    });
    rest = rest.slice(whole.length);
  }
  return ranges;
}
