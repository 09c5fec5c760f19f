import { rangeAddress } from "../../../src/engine";
import { cellsOf, props, Proxy, size, unprotected, type Rect } from "./fakeBase";
import type { FakeContext } from "./FakeContext";
import { reportFill, setFill, setFillColor } from "./fakeFills";
import { numberFormatCategory, reportedNumberFormat } from "./fakeFormats";
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
    this.change("color", color, (fill) => setFillColor(fill, color));
  }
  /** `RangeFill.pattern` (ExcelApi 1.9). */
  set pattern(pattern: string) {
    this.change("pattern", pattern, (fill) => setFill(fill, { pattern }));
  }
  /** `RangeFill.tintAndShade` (ExcelApi 1.9). */
  set tintAndShade(tint: number) {
    this.change("tintAndShade", tint, (fill) => setFill(fill, { tintAndShade: tint }));
  }
  clear(): void {
    this.change("clear", null, () => NO_FILL);
  }
  private change(what: string, value: unknown, apply: (fill: Fill) => Fill): void {
    this.ctx.enqueue({
      name: `${this.owner}.format.fill.${what}`,
      write: true,
      request: size(value) + 20,
      run: () => {
        const { sheet, rects } = this.target();
        unprotected(sheet);
        for (const rect of rects)
          for (const [r, c] of cellsOf(rect)) {
            const cell = sheet.edit(r, c);
            cell.fill = apply(cell.fill);
          }
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

/**
 * The merged areas of a range. Its `address` names only the top-left cell of each area
 * (OfficeDev/office-js#1590: "if the merged area is T4:U5, only T4 is returned"); Microsoft's workaround there
 * is `areas` with each area's row and column index and count, which the fake reports whole.
 */
export class MergedAreasProxy extends Proxy {
  private areaItems: RangeProxy[] | null = null;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(ctx);
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get areas(): { readonly items: RangeProxy[] } {
    const items = this.areaItems;
    return {
      get items(): RangeProxy[] {
        if (items === null) throw new Error("PropertyNotLoaded: RangeAreas.areas");
        return items;
      },
    };
  }
  load(names: string | string[]): this {
    const wanted = props(names);
    const own = wanted.filter((n) => !n.startsWith("areas/"));
    const areaProps = wanted.filter((n) => n.startsWith("areas/items/")).map((n) => n.slice(12));
    for (const n of areaProps)
      if (!["rowIndex", "columnIndex", "rowCount", "columnCount"].includes(n))
        throw new Error(`fake merged areas cannot load areas/items/${n}`);
    this.ctx.enqueue({
      name: "MergedAreas.load",
      request: size(wanted),
      write: false,
      run: () => {
        const found = this.resolve();
        const values =
          found === null
            ? null
            : {
                address: found.rects
                  .map(
                    (r) =>
                      `${found.sheet.prefix()}!${rangeAddress(r.rowIndex, r.colIndex, r.rowIndex, r.colIndex)}`,
                  )
                  .join(", "),
                areaCount: found.rects.length,
                areas: found.rects.map((r) => ({
                  rowIndex: r.rowIndex,
                  columnIndex: r.colIndex,
                  rowCount: r.lastRowIndex - r.rowIndex + 1,
                  columnCount: r.lastColIndex - r.colIndex + 1,
                })),
              };
        const response =
          values === null
            ? null
            : {
                ...Object.fromEntries(own.map((n) => [n, values[n as "address" | "areaCount"]])),
                ...(areaProps.length > 0 ? { areas: values.areas } : {}),
              };
        return {
          response,
          commit: () => {
            this.nullState = values === null;
            for (const n of own)
              this.loaded.set(n, values === null ? null : values[n as "address" | "areaCount"]);
            if (areaProps.length > 0 && values !== null && found !== null)
              this.areaItems = found.rects.map((rect, i) => {
                const item = new RangeProxy(this.ctx, () => ({ sheet: found.sheet, rect }));
                item.preload(values.areas[i]!);
                return item;
              });
            if (areaProps.length > 0 && values === null) this.areaItems = [];
          },
        };
      },
    });
    return this;
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
  get numberFormatCategories(): Excel.NumberFormatCategory[][] {
    return this.loadedValue("numberFormatCategories");
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
  /** Filled in by a load of the parent (RangeAreas.areas items). */
  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
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
        else if (n === "numberFormat")
          out[n] = grid((r, c) => reportedNumberFormat(sheet.cell(r, c).numberFormat, this.ctx.book.profile));
        else if (n === "numberFormatCategories") {
          this.ctx.book.requireApi("1.12", "Range.numberFormatCategories");
          out[n] = grid((r, c) => numberFormatCategory(sheet.cell(r, c).numberFormat));
        } else if (n === "rowIndex") out[n] = rect.rowIndex;
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
  /**
   * ExcelApi 1.13. Only merged areas whose top-left cell lies in the range come back (OfficeDev/office-js#3611,
   * open, desktop and web); more than `mergeLimit` areas fail.
   */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      this.ctx.book.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const { sheet, rect } = this.mustResolve();
      const rects = sheet.merges.filter(
        (m) =>
          m.rowIndex >= rect.rowIndex &&
          m.rowIndex <= rect.lastRowIndex &&
          m.colIndex >= rect.colIndex &&
          m.colIndex <= rect.lastColIndex,
      );
      if (rects.length > this.ctx.book.mergeLimit)
        throw officeError("GeneralException", "Too many merged areas");
      return rects.length === 0 ? null : { sheet, rects };
    });
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
            row.push({ format: { fill: reportFill(sheet.cell(r, c).fill, this.ctx.book.profile) } });
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
            if (fill) {
              const cell = sheet.edit(rect.rowIndex + r, rect.colIndex + c);
              cell.fill = setFill(cell.fill, fill as Partial<Record<keyof Fill, unknown>>);
            }
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
