import { rangeAddress } from "../../../src/engine";
import { cellsOf, size, unprotected, type Rect } from "./fakeBase";
import type { FakeContext } from "./FakeContext";
import type { FakeCell, FakeSheet } from "./FakeWorkbook";
import { officeError } from "./FakeWorkbook";

export type Target = () => { sheet: FakeSheet; rects: Rect[] };

/**
 * How Excel takes a value written to `Range.values`, as documented and as the UI does: a leading apostrophe
 * is the quote prefix (not kept; the rest is text); a string starting with "=", "+" or "-" followed by more
 * is taken for a formula — also in a cell formatted as Text, which the fake assumes pessimistically since
 * Office.js documents no such exception; outside a Text-formatted cell, a string that reads as a number
 * becomes that number.
 */
export function writeValue(cell: FakeCell, value: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof value === "string" && value.startsWith("'")) {
    cell.value = value.slice(1);
    cell.quotePrefix = true;
  } else if (
    typeof value === "string" &&
    cell.numberFormat !== "@" &&
    /^[+-]?\d+(\.\d+)?$/.test(value.trim())
  ) {
    cell.value = Number(value);
  } else if (typeof value === "string" && /^[=+-]./s.test(value)) {
    cell.formula = value;
    cell.value = "#NAME?";
  } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
  } else {
    throw officeError("InvalidArgument", `Cannot write ${String(value)}`);
  }
}

/** Queues a write of a matrix (values or number formats) over one range; it must have the range's shape. */
export function queueMatrix(
  ctx: FakeContext,
  name: string,
  target: () => { sheet: FakeSheet; rect: Rect },
  matrix: unknown[][],
  apply: (cell: FakeCell, value: unknown) => void,
): void {
  ctx.enqueue({
    name,
    write: true,
    request: size(matrix),
    cells: matrix.reduce((sum, row) => sum + row.length, 0),
    run: () => {
      const { sheet, rect } = target();
      unprotected(sheet);
      const rows = rect.lastRowIndex - rect.rowIndex + 1;
      const cols = rect.lastColIndex - rect.colIndex + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols))
        throw officeError("InvalidArgument", "The number of rows or columns does not match the range.");
      matrix.forEach((row, r) =>
        row.forEach((v, c) => apply(sheet.edit(rect.rowIndex + r, rect.colIndex + c), v)),
      );
    },
  });
}

/** Font, alignment, wrapping, widths: recorded per cell under their property path ("font.bold"). */
export class FormatRecorder {
  readonly font: Record<string, unknown>;
  constructor(
    private readonly owner: string,
    private readonly target: Target,
    private readonly ctx: FakeContext,
  ) {
    const set = (path: string) => (value: unknown) => this.set(path, value);
    this.font = {};
    for (const prop of ["bold", "italic", "underline", "color", "size"])
      Object.defineProperty(this.font, prop, { set: set(`font.${prop}`), enumerable: true });
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value);
  }
  set columnWidth(value: number) {
    this.ctx.enqueue({
      name: `${this.owner}.format.columnWidth`,
      write: true,
      request: 40,
      run: () => {
        const { sheet, rects } = this.target();
        for (const rect of rects)
          for (let c = rect.colIndex; c <= rect.lastColIndex; c++) sheet.columnWidths.set(c, value);
      },
    });
  }
  autofitRows(): void {
    this.ctx.enqueue({
      name: `${this.owner}.format.autofitRows`,
      write: true,
      request: 20,
      run: () => undefined,
    });
  }
  private set(path: string, value: unknown): void {
    this.ctx.enqueue({
      name: `${this.owner}.format.${path}`,
      write: true,
      request: size(value) + 40,
      run: () => {
        const { sheet, rects } = this.target();
        unprotected(sheet);
        for (const rect of rects)
          for (const [r, c] of cellsOf(rect)) {
            const cell = sheet.edit(r, c);
            cell.format = { ...cell.format, [path]: value };
          }
      },
    });
  }
}

export function addressOf(rect: Rect): string {
  return rangeAddress(rect.rowIndex, rect.colIndex, rect.lastRowIndex, rect.lastColIndex);
}
