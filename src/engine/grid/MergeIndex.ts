import type { CellRange, SheetGrid } from "./SheetGrid";

/** Above this many cells a sheet's index is a hash map instead of a flat array (memory over speed). */
const FLAT_LIMIT = 4_000_000;

/**
 * Answers "which merged range covers this cell?" in O(1). Built once per sheet; cells outside every merge
 * answer `null`. A sheet without merge information (`merges: null`) gives an index that knows nothing.
 */
export class MergeIndex {
  readonly known: boolean;
  private readonly ranges: readonly CellRange[];
  /** Range index + 1 per cell (0 = not merged), for sheets up to FLAT_LIMIT cells; else the map. */
  private readonly flat: Int32Array | null;
  private readonly byCell: Map<number, number> | null;
  private readonly width: number;

  constructor(sheet: Pick<SheetGrid, "cells" | "merges">) {
    this.known = sheet.merges !== null;
    this.ranges = sheet.merges ?? [];
    let width = 0;
    let height = sheet.cells.length;
    for (const row of sheet.cells) if (row.length > width) width = row.length;
    for (const range of this.ranges) {
      width = Math.max(width, range.lastColIndex + 1);
      height = Math.max(height, range.lastRowIndex + 1);
    }
    this.width = width;
    const flat =
      this.ranges.length > 0 && width * height <= FLAT_LIMIT ? new Int32Array(width * height) : null;
    const byCell = this.ranges.length > 0 && flat === null ? new Map<number, number>() : null;
    this.ranges.forEach((range, index) => {
      for (let r = range.rowIndex; r <= range.lastRowIndex; r++) {
        for (let c = range.colIndex; c <= range.lastColIndex; c++) {
          if (flat !== null) flat[r * width + c] = index + 1;
          else byCell?.set(r * width + c, index);
        }
      }
    });
    this.flat = flat;
    this.byCell = byCell;
  }

  /** The merged range that covers the cell, or null. */
  rangeAt(rowIndex: number, colIndex: number): CellRange | null {
    if (this.ranges.length === 0 || colIndex >= this.width) return null;
    const cell = rowIndex * this.width + colIndex;
    const index = this.flat !== null ? (this.flat[cell] ?? 0) - 1 : (this.byCell?.get(cell) ?? -1);
    return index < 0 ? null : (this.ranges[index] ?? null);
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
