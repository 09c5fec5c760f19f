import type { CellValue } from "../../../engine/grid/CellValue";
import { MAX_COLUMNS, MAX_ROWS } from "../../ooxml/cellRefs";
import type { GridBudget } from "../GridBudget";
import { unsupported } from "./OoxmlUnsupported";

/**
 * The cells of one sheet as SheetJS's dense array would hold them: a row exists up to its last stored cell
 * (a stored cell may be empty, e.g. an error), rows without stored cells are empty. Stub cells (comments,
 * hyperlinks, notes on empty cells) only stretch rows. Every row and cell is charged to the reading's grid
 * budget as it is stored, so a sheet over a limit stops there.
 */
export class SheetCells {
  private readonly rows: CellValue[][] = [];
  private lastIndex = -1;
  private last: CellValue[] = [];

  constructor(
    private readonly sheet: string,
    private readonly budget: GridBudget,
  ) {}

  set(rowIndex: number, colIndex: number, value: CellValue): void {
    const row = rowIndex === this.lastIndex ? this.last : this.row(rowIndex);
    if (typeof value === "string") this.budget.text(this.sheet, rowIndex, colIndex, value);
    if (colIndex === row.length) {
      this.budget.addCells(1);
      row.push(value);
    } else if (colIndex < row.length) row[colIndex] = value;
    else {
      this.grow(row, colIndex);
      row.push(value);
    }
  }

  /** A stub at (row, col) as SheetJS adds one: negative indices touch nothing (or only the row). */
  touch(rowIndex: number, colIndex: number): void {
    if (rowIndex < 0) return;
    const row = this.row(rowIndex);
    if (colIndex < 0 || colIndex < row.length) return;
    this.grow(row, colIndex);
    row.push(null);
  }

  toRows(): CellValue[][] {
    return this.rows;
  }

  /** Fills the row with empty cells up to (not including) `colIndex`, charging the row's new length. */
  private grow(row: CellValue[], colIndex: number): void {
    if (colIndex >= MAX_COLUMNS) unsupported("a column beyond Excel's grid");
    this.budget.addCells(colIndex + 1 - row.length);
    while (row.length < colIndex) row.push(null);
  }

  private row(rowIndex: number): CellValue[] {
    if (!Number.isInteger(rowIndex)) unsupported("a row beyond Excel's grid");
    if (rowIndex >= this.rows.length) this.budget.row(this.sheet, rowIndex);
    if (rowIndex >= MAX_ROWS) unsupported("a row beyond Excel's grid");
    while (this.rows.length <= rowIndex) this.rows.push([]);
    this.lastIndex = rowIndex;
    return (this.last = this.rows[rowIndex] ?? []);
  }
}
