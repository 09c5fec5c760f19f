import type { CellValue } from "../../engine";
import type { RowBlock } from "./planRowBlocks";
import { isDateFormat } from "./isDateFormat";
import { serialToDate } from "./serialToDate";
import { toCellValue } from "./toCellValue";

/** A column stretch of one block that holds numbers: the only cells whose number format is worth reading. */
export type NumberSpan = { readonly colIndex: number; readonly rowIndex: number; readonly rowCount: number };

/** A cell's number format (and category, where Excel gives it) shows a date or time. */
function isDate(format: unknown, category: unknown): boolean {
  if (category === "Date" || category === "Time") return true;
  if (category !== undefined && category !== "Custom") return false;
  return typeof format === "string" && isDateFormat(format);
}

/**
 * One sheet's cells as they arrive block by block, in absolute 0-based coordinates (row 0 is Excel row 1, as
 * the xlsx reader has it): rows above the used range are empty, columns left of it null.
 */
export class SheetCells {
  private readonly rows: CellValue[][] = [];

  /** Stores a block's `Range.values`, normalised; returns the spans that hold numbers (date candidates). */
  put(block: RowBlock, values: readonly (readonly unknown[])[]): NumberSpan[] {
    const firstNumber = new Map<number, number>();
    const lastNumber = new Map<number, number>();
    for (let r = 0; r < block.rowCount; r++) {
      const source = values[r] ?? [];
      const rowIndex = block.rowIndex + r;
      const row = new Array<CellValue>(block.colIndex + block.colCount).fill(null);
      for (let c = 0; c < block.colCount; c++) {
        const value = toCellValue(source[c]);
        row[block.colIndex + c] = value;
        if (typeof value === "number") {
          if (!firstNumber.has(c)) firstNumber.set(c, rowIndex);
          lastNumber.set(c, rowIndex);
        }
      }
      this.rows[rowIndex] = row;
    }
    return [...firstNumber].map(([c, first]) => ({
      colIndex: block.colIndex + c,
      rowIndex: first,
      rowCount: (lastNumber.get(c) ?? first) - first + 1,
    }));
  }

  /**
   * Turns the numbers of a span shown as a date or time into `Date`s (UTC). With categories (ExcelApi 1.12)
   * "Date" and "Time" decide, and a "Custom" format is classified by its code; without, the code decides.
   */
  applyFormats(
    span: NumberSpan,
    formats: readonly (readonly unknown[])[],
    categories: readonly (readonly unknown[])[] | null,
  ): void {
    for (let r = 0; r < span.rowCount; r++) {
      const row = this.rows[span.rowIndex + r];
      const value = row?.[span.colIndex];
      if (row === undefined || typeof value !== "number") continue;
      if (isDate(formats[r]?.[0], categories === null ? undefined : categories[r]?.[0]))
        row[span.colIndex] = serialToDate(value) ?? value;
    }
  }

  /** The finished rows: no holes, trailing empty cells dropped. */
  toRows(): CellValue[][] {
    const out: CellValue[][] = new Array<CellValue[]>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r] ?? [];
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      out[r] = end === row.length ? row : row.slice(0, end);
    }
    return out;
  }
}
