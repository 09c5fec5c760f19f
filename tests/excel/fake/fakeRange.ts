import { rangeAddress } from "../../../src/engine";
import { cellsOf, intersects, props, Proxy, size, unprotected, type Rect } from "./fakeBase";
import type { FakeContext } from "./FakeContext";
import { FakeSheet, NO_FILL, officeError, type Fill } from "./FakeWorkbook";
import { WorksheetProxy } from "./fakeWorkbookApi";
import { FormatRecorder, queueMatrix, writeValue } from "./fakeWrite";

type FormatProxy = FormatRecorder & { readonly fill: FillProxy };

function formatProxy(
  owner: string,
  target: () => { sheet: FakeSheet; rects: Rect[] },
  ctx: FakeContext,
): FormatProxy {
  return Object.assign(new FormatRecorder(owner, target, ctx), { fill: new FillProxy(owner, target, ctx) });
}

export class FillProxy {
  constructor(
    private readonly owner: string,
    private readonly target: () => { sheet: FakeSheet; rects: Rect[] },
    private readonly ctx: FakeContext,
  ) {}
  set color(color: string) {
    const { owner } = this;
    this.ctx.enqueue({
      name: `${owner}.format.fill.color`,
      write: true,
      request: size(color) + 60,
      run: () => {
        const { sheet, rects } = this.target();
        unprotected(sheet);
        for (const rect of rects)
          for (const [r, c] of cellsOf(rect)) sheet.edit(r, c).fill = { ...NO_FILL, color, pattern: "Solid" };
      },
    });
  }
  clear(): void {
    this.ctx.enqueue({
      name: `${this.owner}.format.fill.clear`,
      write: true,
      request: 60,
      run: () => {
        const { sheet, rects } = this.target();
        unprotected(sheet);
        for (const rect of rects) for (const [r, c] of cellsOf(rect)) sheet.edit(r, c).fill = NO_FILL;
      },
    });
  }
}

export class RangeAreasProxy extends Proxy {
  readonly format: FormatProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: Rect[] } | null,
    private readonly label: string,
  ) {
    super(ctx);
    const target = () => {
      const found = this.resolve();
      if (!found) throw officeError("InvalidReference");
      return found;
    };
    this.format = formatProxy("RangeAreas", target, ctx);
  }
  get address(): string {
    return this.loadedValue("address");
  }
  load(names: string | string[]): this {
    return this.queueLoad(`${this.label}.load`, props(names), () => {
      const found = this.resolve();
      if (!found) return null;
      const address = found.rects
        .map(
          (r) =>
            `${found.sheet.prefix()}!${rangeAddress(r.rowIndex, r.colIndex, r.lastRowIndex, r.lastColIndex)}`,
        )
        .join(", ");
      return { address, areaCount: found.rects.length };
    });
  }
}

export class RangeProxy extends Proxy {
  readonly format: FormatProxy;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rect: Rect } | null,
  ) {
    super(ctx);
    const target = () => {
      const found = this.mustResolve();
      return { sheet: found.sheet, rects: [found.rect] };
    };
    this.format = formatProxy("Range", target, ctx);
  }
  private mustResolve(): { sheet: FakeSheet; rect: Rect } {
    const found = this.resolve();
    if (!found) throw officeError("InvalidReference");
    return found;
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(matrix: unknown[][]) {
    queueMatrix(this.ctx, "Range.values", () => this.mustResolve(), matrix, writeValue);
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    queueMatrix(
      this.ctx,
      "Range.numberFormat",
      () => this.mustResolve(),
      matrix,
      (cell, format) => {
        cell.numberFormat = String(format);
      },
    );
  }
  merge(across?: boolean): void {
    if (across === true) throw new Error("fake merges whole areas only");
    this.write("Range.merge", () => {
      const { sheet, rect } = this.mustResolve();
      unprotected(sheet).merges.push(rect);
    });
  }
  /** The sheet and area, for the table and chart collections of the fake. */
  resolveArea(): { sheet: FakeSheet; rect: Rect } {
    return this.mustResolve();
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.mustResolve().sheet);
  }
  load(names: string | string[]): this {
    return this.queueLoad("Range.load", props(names), () => {
      const found = this.resolve();
      if (!found) return null;
      const { sheet, rect } = found;
      const grid = (pick: (r: number, c: number) => unknown): unknown[][] => {
        const rows: unknown[][] = [];
        for (let r = rect.rowIndex; r <= rect.lastRowIndex; r++) {
          const row: unknown[] = [];
          for (let c = rect.colIndex; c <= rect.lastColIndex; c++) row.push(pick(r, c));
          rows.push(row);
        }
        return rows;
      };
      const out: Record<string, unknown> = {};
      for (const n of props(names)) {
        if (n === "values") out[n] = grid((r, c) => sheet.cell(r, c).value);
        else if (n === "numberFormat") out[n] = grid((r, c) => sheet.cell(r, c).numberFormat);
        else if (n === "rowIndex") out[n] = rect.rowIndex;
        else if (n === "columnIndex") out[n] = rect.colIndex;
        else if (n === "rowCount") out[n] = rect.lastRowIndex - rect.rowIndex + 1;
        else if (n === "columnCount") out[n] = rect.lastColIndex - rect.colIndex + 1;
        else if (n === "address")
          out[n] =
            `${sheet.prefix()}!${rangeAddress(rect.rowIndex, rect.colIndex, rect.lastRowIndex, rect.lastColIndex)}`;
        else throw new Error(`fake Range cannot load ${n}`);
      }
      return out;
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const { sheet, rect } = this.mustResolve();
        const rects = sheet.merges.filter((m) => intersects(m, rect));
        if (rects.length > this.ctx.book.mergeLimit)
          throw officeError("GeneralException", "Too many merged areas");
        return rects.length === 0 ? null : { sheet, rects };
      },
      "MergedAreas",
    );
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    let value: Excel.CellProperties[][] | undefined;
    this.ctx.enqueue({
      name: "Range.getCellProperties",
      request: size(options),
      write: false,
      run: () => {
        const { sheet, rect } = this.mustResolve();
        if (!options.format?.fill) throw new Error("fake only reads fills");
        const rows: Excel.CellProperties[][] = [];
        for (let r = rect.rowIndex; r <= rect.lastRowIndex; r++) {
          const row: Excel.CellProperties[] = [];
          for (let c = rect.colIndex; c <= rect.lastColIndex; c++) {
            row.push({ format: { fill: { ...sheet.cell(r, c).fill } as Excel.CellPropertiesFill } });
          }
          rows.push(row);
        }
        return { response: rows, commit: () => void (value = rows) };
      },
    });
    return {
      get value(): Excel.CellProperties[][] {
        if (value === undefined) throw new Error("ClientResult read before sync");
        return value;
      },
    };
  }
  setCellProperties(properties: Excel.SettableCellProperties[][]): void {
    const cells = properties.flat().filter((p) => p.format?.fill !== undefined).length;
    this.write(
      "Range.setCellProperties",
      () => {
        const { sheet, rect } = this.mustResolve();
        unprotected(sheet);
        properties.forEach((row, r) =>
          row.forEach((p, c) => {
            const fill = p.format?.fill;
            if (fill)
              sheet.edit(rect.rowIndex + r, rect.colIndex + c).fill = {
                ...NO_FILL,
                ...(fill as Partial<Fill>),
              };
          }),
        );
      },
      { request: size(properties), cells },
    );
  }
  /** The single cell a comment is added to (CommentCollection.add takes a Range). */
  resolveForComment(): { sheet: FakeSheet; a1: string } {
    const { sheet, rect } = this.mustResolve();
    if (rect.rowIndex !== rect.lastRowIndex || rect.colIndex !== rect.lastColIndex)
      throw officeError("InvalidArgument");
    return { sheet, a1: rangeAddress(rect.rowIndex, rect.colIndex, rect.rowIndex, rect.colIndex) };
  }
  select(): void {
    this.write(
      "Range.select",
      () => {
        const { sheet, rect } = this.mustResolve();
        this.ctx.book.selection = `${sheet.name}!${rangeAddress(rect.rowIndex, rect.colIndex, rect.lastRowIndex, rect.lastColIndex)}`;
      },
      { echo: false },
    );
  }
}
