import type { CellRange } from "../grid/SheetGrid";

type Position = { readonly rowIndex: number; readonly colIndex: number };

/**
 * Maps a cell to the top-left cell of the merged range holding it (or itself). Built for the given cells
 * only: each merge is checked against the marked rows it spans by binary search, so tall or wide merges cost
 * nothing.
 */
export function topLeftLookup(
  merges: readonly CellRange[],
  cells: readonly Position[],
): (rowIndex: number, colIndex: number) => Position {
  const colsByRow = new Map<number, number[]>();
  for (const { rowIndex, colIndex } of cells) {
    const list = colsByRow.get(rowIndex);
    if (list) list.push(colIndex);
    else colsByRow.set(rowIndex, [colIndex]);
  }
  const rows = [...colsByRow.keys()].sort((a, b) => a - b);
  const moved = new Map<string, Position>();
  for (const merge of merges) {
    for (
      let i = lowerBound(rows, merge.rowIndex);
      i < rows.length && (rows[i] ?? Infinity) <= merge.lastRowIndex;
      i++
    ) {
      const row = rows[i] ?? 0;
      for (const col of colsByRow.get(row) ?? []) {
        if (col >= merge.colIndex && col <= merge.lastColIndex)
          moved.set(`${row},${col}`, { rowIndex: merge.rowIndex, colIndex: merge.colIndex });
      }
    }
  }
  return (rowIndex, colIndex) => moved.get(`${rowIndex},${colIndex}`) ?? { rowIndex, colIndex };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
