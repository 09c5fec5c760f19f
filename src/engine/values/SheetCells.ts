import type { CellValue } from "../grid/CellValue";
import { MAX_COLUMNS, MAX_ROWS } from "./gridLimits";

/**
 * One sheet's cells as a reader collects them (0-based, in any order) into the grid's rows: a row is as long
 * as its last stored cell (a stored cell may be null — an error value, or a stub that only stretches the
 * row), a row without cells is empty, and no row has holes. The .xlsx reader stores cell by cell (as SheetJS's
 * dense sheet would hold them), the Excel host block by block. Indices outside Excel's grid go to `outside`,
 * which throws (by default a RangeError naming what was outside).
 */
export class SheetCells {
  private readonly rows: CellValue[][] = [];
  private lastIndex = -1;
  private last: CellValue[] = [];

  constructor(private readonly outside: (what: string) => never = outsideGrid) {}

  set(rowIndex: number, colIndex: number, value: CellValue): void {
    const row = rowIndex === this.lastIndex ? this.last : this.row(rowIndex);
    if (colIndex === row.length) row.push(value);
    else if (colIndex < row.length) row[colIndex] = value;
    else {
      if (colIndex >= MAX_COLUMNS) this.outside("a column beyond Excel's grid");
      while (row.length < colIndex) row.push(null);
      row.push(value);
    }
  }

  /** The stored value, null where nothing is stored. */
  get(rowIndex: number, colIndex: number): CellValue {
    return this.rows[rowIndex]?.[colIndex] ?? null;
  }

  /**
   * Makes the row exist and reach the column without storing a value (as SheetJS adds stub cells for notes
   * and hyperlinks); a negative row touches nothing, a negative column only the row.
   */
  touch(rowIndex: number, colIndex: number): void {
    if (rowIndex < 0) return;
    const row = this.row(rowIndex);
    if (colIndex < 0 || colIndex < row.length) return;
    if (colIndex >= MAX_COLUMNS) this.outside("a column beyond Excel's grid");
    while (row.length <= colIndex) row.push(null);
  }

  toRows(): CellValue[][] {
    return this.rows;
  }

  private row(rowIndex: number): CellValue[] {
    if (rowIndex >= MAX_ROWS || !Number.isInteger(rowIndex)) this.outside("a row beyond Excel's grid");
    while (this.rows.length <= rowIndex) this.rows.push([]);
    this.lastIndex = rowIndex;
    return (this.last = this.rows[rowIndex] ?? []);
  }
}

function outsideGrid(what: string): never {
  throw new RangeError(`A cell outside the sheet: ${what}`);
}
