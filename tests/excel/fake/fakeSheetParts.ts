import { props, Proxy, requireSheet, unprotected, type Resolved } from "./fakeBase";
import type { FakeContext } from "./FakeContext";
import type { RangeProxy } from "./fakeRange";
import { officeError, type FakeChart, type FakeSheet, type FakeTable } from "./FakeWorkbook";
import { addressOf } from "./fakeWrite";

/** Table and defined names of the whole workbook, lower-cased: one namespace in Excel. */
function namesInUse(ctx: FakeContext): Set<string> {
  const tables = ctx.book.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  return new Set([...tables, ...ctx.book.definedNames].map((name) => name.toLowerCase()));
}

class TableProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: () => FakeTable,
  ) {}
  set name(name: string) {
    this.ctx.enqueue({
      name: "Table.name",
      write: true,
      request: name.length,
      run: () => {
        const table = this.table();
        if (table.name.toLowerCase() !== name.toLowerCase() && namesInUse(this.ctx).has(name.toLowerCase()))
          throw officeError("InvalidArgument", `A table or name "${name}" already exists.`);
        table.name = name;
      },
    });
  }
  set style(style: string) {
    this.ctx.enqueue({
      name: "Table.style",
      write: true,
      request: 20,
      run: () => void (this.table().style = style),
    });
  }
  set showBandedRows(value: boolean) {
    this.ctx.enqueue({
      name: "Table.showBandedRows",
      write: true,
      request: 10,
      run: () => void (this.table().showBandedRows = value),
    });
  }
}

export class TableCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(range: RangeProxy, hasHeaders: boolean): TableProxy {
    let created: FakeTable | null = null;
    this.ctx.enqueue({
      name: "TableCollection.add",
      write: true,
      request: 60,
      run: () => {
        const { sheet, rect } = range.resolveArea();
        unprotected(sheet);
        if (!hasHeaders) throw new Error("fake tables always have headers");
        const used = namesInUse(this.ctx);
        let n = 1;
        while (used.has(`table${n}`)) n++;
        created = {
          name: `Table${n}`,
          address: addressOf(rect),
          style: "TableStyleMedium2",
          showBandedRows: true,
        };
        this.sheet().tables.push(created);
      },
    });
    return new TableProxy(this.ctx, () => {
      if (created === null) throw officeError("InvalidReference");
      return created;
    });
  }
}

export class ChartCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(type: string, range: RangeProxy, seriesBy: string) {
    let created: FakeChart | null = null;
    const chart = (): FakeChart => {
      if (created === null) throw officeError("InvalidReference");
      return created;
    };
    const write = (name: string, apply: (c: FakeChart) => void): void =>
      this.ctx.enqueue({ name, write: true, request: 40, run: () => apply(chart()) });
    this.ctx.enqueue({
      name: "ChartCollection.add",
      write: true,
      request: 60,
      run: () => {
        const { sheet, rect } = range.resolveArea();
        unprotected(sheet);
        created = { type, source: addressOf(rect), seriesBy, title: "", legend: null, position: null };
        sheet.charts.push(created);
      },
    });
    return {
      title: {
        set text(text: string) {
          write("Chart.title.text", (c) => void (c.title = text));
        },
      },
      legend: {
        set position(position: string) {
          write("Chart.legend.position", (c) => void (c.legend = position));
        },
      },
      setPosition: (start: string, end: string) =>
        write("Chart.setPosition", (c) => void (c.position = `${start}:${end}`)),
    };
  }
}

/** Loads of the workbook-level collections the writer probes: protection, tables and defined names. */
export class WorkbookPartProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly label: string,
    private readonly compute: () => Record<string, unknown>,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  get items(): { name: string; worksheet: { id: string } }[] {
    return this.loadedValue("items");
  }
  load(names: string): this {
    return this.queueLoad(
      `${this.label}.load`,
      props(names).map((n) => n.split("/")[0]!),
      this.compute,
    );
  }
}

/** The sheet-level setters the writer uses besides ranges: freeze panes, visibility, page layout. */
export function sheetSetters(ctx: FakeContext, resolve: Resolved<FakeSheet>) {
  const write = (name: string, apply: (sheet: FakeSheet) => void): void =>
    ctx.enqueue({ name, write: true, request: 30, run: () => apply(unprotected(requireSheet(resolve))) });
  return {
    freezePanes: {
      freezeRows: (rows: number) =>
        write("FreezePanes.freezeRows", (s) => void (s.frozen = { rows, columns: 0 })),
      freezeColumns: (columns: number) =>
        write("FreezePanes.freezeColumns", (s) => void (s.frozen = { rows: 0, columns })),
      freezeAt: (range: RangeProxy) =>
        write("FreezePanes.freezeAt", (s) => {
          const { rect } = range.resolveArea();
          s.frozen = { rows: rect.lastRowIndex + 1, columns: rect.lastColIndex + 1 };
        }),
    },
    pageLayout: {
      set orientation(value: string) {
        write("PageLayout.orientation", (s) => void (s.orientation = value));
      },
      set paperSize(value: string) {
        write("PageLayout.paperSize", (s) => void (s.paperSize = value));
      },
      set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        write("PageLayout.zoom", (s) => void (s.zoom = { ...value }));
      },
      setPrintTitleRows: (rows: string) =>
        write("PageLayout.setPrintTitleRows", (s) => void (s.printTitleRows = rows)),
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(value: string) {
            write("HeaderFooter.centerFooter", (s) => void (s.centerFooter = value));
          },
        },
      },
    },
    setVisibility: (value: string) => write("Worksheet.visibility", (s) => void (s.visibility = value)),
  };
}
