import type { CellValue } from "./CellValue";
import { MergeIndex } from "./MergeIndex";
import type { SheetGrid } from "./SheetGrid";
import { cellText } from "../text/cellText";

/** Read access to one sheet: raw values, values seen through merges, and trimmed text. */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly width: number;
  readonly merges: MergeIndex;
  private readonly cells: SheetGrid["cells"];

  constructor(sheet: SheetGrid) {
    this.name = sheet.name;
    this.cells = sheet.cells;
    this.rowCount = sheet.cells.length;
    this.merges = new MergeIndex(sheet);
    let width = 0;
    for (const row of sheet.cells) if (row.length > width) width = row.length;
    this.width = width;
  }

  /** The value stored in the cell itself (followers of a merge are usually empty). */
  raw(rowIndex: number, colIndex: number): CellValue {
    return this.cells[rowIndex]?.[colIndex] ?? null;
  }

  /** The value a reader sees: a cell inside a merged range shows the range's top-left value. */
  value(rowIndex: number, colIndex: number): CellValue {
    const range = this.merges.rangeAt(rowIndex, colIndex);
    return range === null ? this.raw(rowIndex, colIndex) : this.raw(range.rowIndex, range.colIndex);
  }

  /** Text of the cell itself, trimmed. */
  text(rowIndex: number, colIndex: number): string {
    const value = this.raw(rowIndex, colIndex);
    return typeof value === "string" ? value.trim() : cellText(value);
  }

  /** Number of cells in the row that hold something other than whitespace. */
  filledCount(rowIndex: number): number {
    const row = this.cells[rowIndex];
    if (row === undefined) return 0;
    let count = 0;
    for (const value of row)
      if (value !== null && (typeof value !== "string" || value.trim() !== "")) count++;
    return count;
  }

  /** Column indices of the non-empty cells of a row. */
  filledColumns(rowIndex: number): number[] {
    const row = this.cells[rowIndex];
    const result: number[] = [];
    if (row === undefined) return result;
    row.forEach((value, colIndex) => {
      if (value !== null && (typeof value !== "string" || value.trim() !== "")) result.push(colIndex);
    });
    return result;
  }
}
