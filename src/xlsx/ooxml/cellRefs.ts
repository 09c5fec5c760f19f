import { type CellRange, columnLetter, MAX_COLUMNS, MAX_ROWS, rangeAddress } from "../../engine";

/** Excel's grid limits (0-based indices must stay below these), from the engine's Excel values. */
export { MAX_COLUMNS, MAX_ROWS };

export type CellPosition = { readonly rowIndex: number; readonly colIndex: number };

/** Fast parse of `"E12"` / `"$E$12"` into 0-based indices; null when malformed. No regex, no allocation. */
export function parseRef(ref: string): CellPosition | null {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  const colStart = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  if (i === rowStart || row < 1) return null;
  return { rowIndex: row - 1, colIndex: col - 1 };
}

/** Parse `"A1:H1"` (or a single `"B3"`) into a 0-based inclusive range; null when malformed. */
export function parseRange(text: string): CellRange | null {
  const colon = text.indexOf(":");
  const first = parseRef(colon === -1 ? text : text.slice(0, colon));
  const last = colon === -1 ? first : parseRef(text.slice(colon + 1));
  if (!first || !last) return null;
  return {
    rowIndex: Math.min(first.rowIndex, last.rowIndex),
    colIndex: Math.min(first.colIndex, last.colIndex),
    lastRowIndex: Math.max(first.rowIndex, last.rowIndex),
    lastColIndex: Math.max(first.colIndex, last.colIndex),
  };
}

/** `"A1:H1"`, or `"B3"` for a single cell. */
export function rangeRef(range: CellRange): string {
  return rangeAddress(range.rowIndex, range.colIndex, range.lastRowIndex, range.lastColIndex);
}

/** `"$A$1:$H$1"` */
export function absoluteRangeRef(range: CellRange): string {
  const abs = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;
  const start = abs(range.rowIndex, range.colIndex);
  return range.rowIndex === range.lastRowIndex && range.colIndex === range.lastColIndex
    ? start
    : `${start}:${abs(range.lastRowIndex, range.lastColIndex)}`;
}

/** Always-quoted sheet reference, valid for every sheet name: `'План заходів'!E12`, `'O''Brien'!A1`. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** True when the 0-based indices are integers inside Excel's grid. */
export function isValidPosition(rowIndex: number, colIndex: number): boolean {
  return (
    Number.isInteger(rowIndex) &&
    Number.isInteger(colIndex) &&
    rowIndex >= 0 &&
    colIndex >= 0 &&
    rowIndex < MAX_ROWS &&
    colIndex < MAX_COLUMNS
  );
}

export function isValidRange(range: CellRange): boolean {
  return (
    isValidPosition(range.rowIndex, range.colIndex) &&
    isValidPosition(range.lastRowIndex, range.lastColIndex) &&
    range.lastRowIndex >= range.rowIndex &&
    range.lastColIndex >= range.colIndex
  );
}
