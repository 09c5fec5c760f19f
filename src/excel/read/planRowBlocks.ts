/** A band of rows of one sheet's used range, read with one range proxy. 0-based, inclusive start. */
export type RowBlock = {
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly rowCount: number;
  readonly colCount: number;
};

/**
 * Cuts a used range into row bands of at most `maxRows` rows and `maxCells` cells (at least one row each).
 * Pure arithmetic, so the block sizes are tested without Excel.
 */
export function planRowBlocks(used: RowBlock, maxRows: number, maxCells: number): RowBlock[] {
  if (used.rowCount <= 0 || used.colCount <= 0) return [];
  const rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(maxCells / used.colCount)));
  const blocks: RowBlock[] = [];
  for (let offset = 0; offset < used.rowCount; offset += rowsPerBlock) {
    blocks.push({
      rowIndex: used.rowIndex + offset,
      colIndex: used.colIndex,
      rowCount: Math.min(rowsPerBlock, used.rowCount - offset),
      colCount: used.colCount,
    });
  }
  return blocks;
}

/** Splits a block into two halves by rows; null for a single row, which cannot shrink. */
export function halveBlock(block: RowBlock): [RowBlock, RowBlock] | null {
  if (block.rowCount < 2) return null;
  const top = Math.floor(block.rowCount / 2);
  return [
    { ...block, rowCount: top },
    { ...block, rowIndex: block.rowIndex + top, rowCount: block.rowCount - top },
  ];
}
