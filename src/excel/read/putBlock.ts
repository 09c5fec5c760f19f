import type { CellValue, SheetCells } from "../../engine";
import type { RowBlock } from "./planRowBlocks";
import { toCellValue } from "./toCellValue";

/** A column stretch of one block that holds numbers: the only cells whose number format is worth reading. */
export type NumberSpan = { readonly colIndex: number; readonly rowIndex: number; readonly rowCount: number };

/**
 * Stores a block's `Range.values`, normalised, in absolute 0-based coordinates (row 0 is Excel row 1, as the
 * xlsx reader has it): every row of the block exists, empty cells are not stored (so a row ends at its last
 * value). Returns the spans that hold numbers (date candidates).
 */
export function putBlock(
  cells: SheetCells,
  block: RowBlock,
  values: readonly (readonly unknown[])[],
): NumberSpan[] {
  const firstNumber = new Map<number, number>();
  const lastNumber = new Map<number, number>();
  for (let r = 0; r < block.rowCount; r++) {
    const source = values[r] ?? [];
    const rowIndex = block.rowIndex + r;
    cells.touch(rowIndex, -1);
    for (let c = 0; c < block.colCount; c++) {
      const value: CellValue = toCellValue(source[c]);
      if (value === null) continue;
      cells.set(rowIndex, block.colIndex + c, value);
      if (typeof value === "number") {
        if (!firstNumber.has(c)) firstNumber.set(c, rowIndex);
        lastNumber.set(c, rowIndex);
      }
    }
  }
  return [...firstNumber].map(([c, first]) => ({
    colIndex: block.colIndex + c,
    rowIndex: first,
    rowCount: (lastNumber.get(c) ?? first) - first + 1,
  }));
}
