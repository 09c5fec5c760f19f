/** A cell by its 0-based indices. */
export type CellIndex = { readonly rowIndex: number; readonly colIndex: number };

/** A stretch of one column, 0-based, `rowCount` rows from `rowIndex`. */
export type ColumnSpan = { readonly colIndex: number; readonly rowIndex: number; readonly rowCount: number };

/**
 * Covers the cells with column stretches: cells of a column closer than `maxGap` empty rows share a stretch,
 * and no stretch is longer than `maxRows`. With a small gap this keeps reads (getCellProperties returns
 * every cell of its range) close to the cells; with an unbounded gap it gives one write per column.
 */
export function columnSpans(cells: readonly CellIndex[], maxGap: number, maxRows: number): ColumnSpan[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const rows = rowsByColumn.get(cell.colIndex) ?? [];
    rows.push(cell.rowIndex);
    rowsByColumn.set(cell.colIndex, rows);
  }
  const spans: ColumnSpan[] = [];
  for (const [colIndex, rows] of [...rowsByColumn].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0] ?? 0;
    let last = start;
    for (const row of sorted.slice(1)) {
      if (row - last - 1 > maxGap || row - start + 1 > maxRows) {
        spans.push({ colIndex, rowIndex: start, rowCount: last - start + 1 });
        start = row;
      }
      last = row;
    }
    if (sorted.length > 0) spans.push({ colIndex, rowIndex: start, rowCount: last - start + 1 });
  }
  return spans;
}
