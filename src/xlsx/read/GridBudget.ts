import { cellAddress, type CellBudget, type CellRange } from "../../engine";
import { READ_LIMITS } from "../limits";
import { overLimit } from "./overLimit";

/**
 * The grid limits of one reading of a workbook (rows, columns, cells, a cell's text, merged ranges; see
 * src/xlsx/limits.ts), counted as the grid grows so that a reader stops at the limit instead of after the
 * work. The fast reader charges each row and cell as it stores it, the SheetJS path each row of SheetJS's
 * sheet before turning it into the grid (its input having been bounded beforehand, see guardSheetJs).
 */
export class GridBudget {
  private rows = 0;
  private cells = 0;

  /** A sheet reaches row `rowIndex` (0-based). */
  row(sheet: string, rowIndex: number): void {
    if (rowIndex >= READ_LIMITS.sheetRows) overLimit("sheetRows", { sheet });
  }

  /** A sheet reaches column `colIndex` (0-based). */
  column(sheet: string, colIndex: number): void {
    if (colIndex >= READ_LIMITS.columns) overLimit("columns", { sheet });
  }

  /** `count` more cells held (empty ones before a row's last value included). */
  addCells(count: number): void {
    this.cells += count;
    if (this.cells > READ_LIMITS.cells) overLimit("cells");
  }

  /** A cell's text. */
  text(sheet: string, rowIndex: number, colIndex: number, text: string): void {
    if (text.length > READ_LIMITS.stringLength)
      overLimit("stringLength", { sheet, cell: cellAddress(rowIndex, colIndex) });
  }

  /** A sheet has `count` merged ranges so far. */
  mergedRanges(sheet: string, count: number): void {
    if (count > READ_LIMITS.mergedRanges) overLimit("mergedRanges", { sheet });
  }

  /** What one sheet's cells are charged to as a reader stores them (see SheetCells). */
  forSheet(sheet: string): CellBudget {
    return {
      row: (rowIndex) => this.row(sheet, rowIndex),
      addCells: (count) => this.addCells(count),
      text: (rowIndex, colIndex, text) => this.text(sheet, rowIndex, colIndex, text),
    };
  }

  /** A finished sheet of `rowCount` rows with these merges. */
  endSheet(sheet: string, rowCount: number, merges: readonly CellRange[] | null): void {
    this.rows += rowCount;
    if (this.rows > READ_LIMITS.rows) overLimit("rows");
    if (merges === null) return;
    this.mergedRanges(sheet, merges.length);
    let covered = 0;
    for (const m of merges) {
      covered += (m.lastRowIndex - m.rowIndex + 1) * (m.lastColIndex - m.colIndex + 1);
      if (covered > READ_LIMITS.mergedCells) overLimit("mergedCells", { sheet });
    }
  }
}
