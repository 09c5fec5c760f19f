/** Conversions between 0-based indices (used inside the engine) and A1 notation (used in issues and UI). */

export function columnLetter(colIndex: number): string {
  let n = colIndex + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `cellAddress(11, 4)` → `"E12"`. */
export function cellAddress(rowIndex: number, colIndex: number): string {
  return `${columnLetter(colIndex)}${rowIndex + 1}`;
}

/** `columnIndex("E")` → 4; returns -1 for anything that is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `parseCellAddress("E12")` → `{ rowIndex: 11, colIndex: 4 }`, or null when malformed. */
export function parseCellAddress(a1: string): { rowIndex: number; colIndex: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!match) return null;
  const colIndex = columnIndex(match[1] ?? "");
  const row = Number(match[2]);
  if (colIndex < 0 || row < 1) return null;
  return { rowIndex: row - 1, colIndex };
}

/** A1 range text for a 0-based inclusive block: `"A5:A6"`, or `"E12"` for a single cell. */
export function rangeAddress(
  rowIndex: number,
  colIndex: number,
  lastRowIndex: number,
  lastColIndex: number,
): string {
  const start = cellAddress(rowIndex, colIndex);
  return rowIndex === lastRowIndex && colIndex === lastColIndex
    ? start
    : `${start}:${cellAddress(lastRowIndex, lastColIndex)}`;
}

/** Sheet-qualified address as Excel writes it: `'План заходів'!E12`. */
export function qualifiedAddress(sheet: string, a1: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${a1}` : `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
