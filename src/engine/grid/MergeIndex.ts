import type { CellRange, SheetGrid } from "./SheetGrid";

/**
 * Answers "which merged range covers this cell?" in O(1). Built once per sheet; cells outside every merge
 * answer `null`. A sheet without merge information (`merges: null`) gives an index that knows nothing.
 */
export class MergeIndex {
  readonly known: boolean;
  private readonly ranges: readonly CellRange[];
  private readonly byCell: Map<number, number>;
  private readonly width: number;

  constructor(sheet: Pick<SheetGrid, "cells" | "merges">) {
    this.known = sheet.merges !== null;
    this.ranges = sheet.merges ?? [];
    this.byCell = new Map();
    let width = 0;
    for (const row of sheet.cells) width = Math.max(width, row.length);
    for (const range of this.ranges) width = Math.max(width, range.lastColIndex + 1);
    this.width = width;
    this.ranges.forEach((range, index) => {
      for (let r = range.rowIndex; r <= range.lastRowIndex; r++) {
        for (let c = range.colIndex; c <= range.lastColIndex; c++) this.byCell.set(r * width + c, index);
      }
    });
  }

  /** The merged range that covers the cell, or null. */
  rangeAt(rowIndex: number, colIndex: number): CellRange | null {
    if (this.ranges.length === 0 || colIndex >= this.width) return null;
    const index = this.byCell.get(rowIndex * this.width + colIndex);
    return index === undefined ? null : (this.ranges[index] ?? null);
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isFollower(rowIndex: number, colIndex: number): boolean {
    const range = this.rangeAt(rowIndex, colIndex);
    return range !== null && (range.rowIndex !== rowIndex || range.colIndex !== colIndex);
  }

  /** True when the cell is covered by a merge that starts on an earlier row (a cell "merged down" from above). */
  isMergedFromAbove(rowIndex: number, colIndex: number): boolean {
    const range = this.rangeAt(rowIndex, colIndex);
    return range !== null && range.rowIndex < rowIndex;
  }
}
