import type { CellValue } from "../../../engine";
import { MAX_COLUMNS, MAX_ROWS } from "../../ooxml/cellRefs";
import { unsupported } from "./OoxmlUnsupported";

/**
 * The cells of one sheet as SheetJS's dense array would hold them: a row exists up to its last stored cell
 * (a stored cell may be empty, e.g. an error), rows without stored cells are empty. Stub cells (comments,
 * hyperlinks, notes on empty cells) only stretch rows.
 */
export class SheetCells {
  private readonly rows: CellValue[][] = [];
  private lastIndex = -1;
  private last: CellValue[] = [];

  set(rowIndex: number, colIndex: number, value: CellValue): void {
    const row = rowIndex === this.lastIndex ? this.last : this.row(rowIndex);
    if (colIndex === row.length) row.push(value);
    else if (colIndex < row.length) row[colIndex] = value;
    else {
      if (colIndex >= MAX_COLUMNS) unsupported("a column beyond Excel's grid");
      while (row.length < colIndex) row.push(null);
      row.push(value);
    }
  }

  /** A stub at (row, col) as SheetJS adds one: negative indices touch nothing (or only the row). */
  touch(rowIndex: number, colIndex: number): void {
    if (rowIndex < 0) return;
    const row = this.row(rowIndex);
    if (colIndex < 0 || colIndex < row.length) return;
    if (colIndex >= MAX_COLUMNS) unsupported("a column beyond Excel's grid");
    while (row.length <= colIndex) row.push(null);
  }

  toRows(): CellValue[][] {
    return this.rows;
  }

  private row(rowIndex: number): CellValue[] {
    if (rowIndex >= MAX_ROWS || !Number.isInteger(rowIndex)) unsupported("a row beyond Excel's grid");
    while (this.rows.length <= rowIndex) this.rows.push([]);
    this.lastIndex = rowIndex;
    return (this.last = this.rows[rowIndex] ?? []);
  }
}
