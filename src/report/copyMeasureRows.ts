import { type CellRange, type CellValue, type Measure, MergeIndex, type SheetGrid } from "../engine";

const indexes = new WeakMap<SheetGrid, MergeIndex>();

/**
 * The plan rows of a measure (first row to last sub-row or joined fragment), restricted to `columns` (plan
 * column indices, in template order), placed from template row `atRow` and column `atColumn`. Merges that lie inside the block are
 * kept (moved and re-mapped to the template's columns); a merge reaching outside it (a task merged down over
 * several measures) gives its value to the block's first row, so every template row reads on its own.
 */
export function copyMeasureRows(
  grid: SheetGrid,
  measure: Measure,
  columns: readonly number[],
  atRow: number,
  atColumn = 0,
): { rows: CellValue[][]; merges: CellRange[] } {
  const merges = mergeIndex(grid);
  const first = measure.rowIndex;
  const last = measure.lastRowIndex;
  const templateColumn = new Map(columns.map((c, i) => [c, atColumn + i]));
  const rows: CellValue[][] = [];
  const kept = new Map<string, CellRange>();
  for (let r = first; r <= last; r++) {
    rows.push(
      columns.map((c) => {
        const range = merges.rangeAt(r, c);
        if (range === null) return grid.cells[r]?.[c] ?? null;
        const topLeft = grid.cells[range.rowIndex]?.[range.colIndex] ?? null;
        const firstColumn = columns.find((col) => col >= range.colIndex && col <= range.lastColIndex);
        if (range.rowIndex >= first && range.lastRowIndex <= last) {
          const mapped = mapRange(range, templateColumn, first, atRow);
          if (mapped !== null) kept.set(`${range.rowIndex}:${range.colIndex}`, mapped);
          return r === range.rowIndex && c === firstColumn ? topLeft : null;
        }
        return r === Math.max(first, range.rowIndex) && c === firstColumn ? topLeft : null;
      }),
    );
  }
  return { rows, merges: [...kept.values()] };
}

/** A plan merge in template coordinates, or null when it covers a single template cell or split columns. */
function mapRange(
  range: CellRange,
  templateColumn: ReadonlyMap<number, number>,
  first: number,
  atRow: number,
): CellRange | null {
  const mapped: number[] = [];
  for (let c = range.colIndex; c <= range.lastColIndex; c++) {
    const at = templateColumn.get(c);
    if (at !== undefined) mapped.push(at);
  }
  const from = Math.min(...mapped);
  const to = Math.max(...mapped);
  if (mapped.length === 0 || to - from + 1 !== mapped.length) return null;
  const result = {
    rowIndex: range.rowIndex - first + atRow,
    colIndex: from,
    lastRowIndex: range.lastRowIndex - first + atRow,
    lastColIndex: to,
  };
  return result.rowIndex === result.lastRowIndex && from === to ? null : result;
}

function mergeIndex(grid: SheetGrid): MergeIndex {
  let index = indexes.get(grid);
  if (index === undefined) {
    index = new MergeIndex(grid);
    indexes.set(grid, index);
  }
  return index;
}
