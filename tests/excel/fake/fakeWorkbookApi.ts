import { parseCellAddress } from "../../../src/engine";
import { parseArea, props, Proxy, requireSheet, size, unprotected, type Resolved } from "./fakeBase";
import type { FakeContext } from "./FakeContext";
import { RangeAreasProxy, RangeProxy } from "./fakeRange";
import { a1Of, FakeSheet, officeError, type FakeComment } from "./FakeWorkbook";
export { SETTING_VALUE_LIMIT } from "./FakeWorkbook";
import {
  ChartCollectionProxy,
  sheetSetters,
  TableCollectionProxy,
  WorkbookPartProxy,
} from "./fakeSheetParts";

export class WorksheetProxy extends Proxy {
  readonly protection: {
    load: (names: string) => void;
    preload: (isProtected: boolean) => void;
    readonly protected: boolean;
  };
  readonly notes: NoteCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: ReturnType<typeof sheetSetters>["freezePanes"];
  readonly pageLayout: ReturnType<typeof sheetSetters>["pageLayout"];
  private readonly setters: ReturnType<typeof sheetSetters>;

  constructor(
    ctx: FakeContext,
    private readonly resolve: Resolved<FakeSheet>,
  ) {
    super(ctx);
    const protection = new (class extends Proxy {
      get protected(): boolean {
        return this.loadedValue("protected");
      }
      load(names: string): this {
        return this.queueLoad("WorksheetProtection.load", props(names), () => ({
          protected: requireSheet(resolve).protected,
        }));
      }
      preload(isProtected: boolean): void {
        this.loaded.set("protected", isProtected);
      }
    })(ctx);
    this.protection = protection;
    this.notes = new NoteCollectionProxy(ctx, () => {
      ctx.book.requireApi("1.18", "Worksheet.notes");
      return requireSheet(resolve);
    });
    this.tables = new TableCollectionProxy(ctx, () => requireSheet(resolve));
    this.charts = new ChartCollectionProxy(ctx);
    this.setters = sheetSetters(ctx, resolve);
    this.freezePanes = this.setters.freezePanes;
    this.pageLayout = this.setters.pageLayout;
  }
  set visibility(value: string) {
    this.setters.setVisibility(value);
  }
  /** Loaded with the collection (items/visibility): "Visible", "Hidden" or "VeryHidden". */
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  delete(): void {
    this.write("Worksheet.delete", () => this.ctx.book.removeSheet(requireSheet(this.resolve)));
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.write("Worksheet.name", () => {
      const sheet = requireSheet(this.resolve);
      const other = this.ctx.book.sheet(name);
      if (this.ctx.book.structureProtected) throw officeError("AccessDenied", "The workbook is protected.");
      if ((other !== null && other !== sheet) || name.length > 31) throw officeError("InvalidArgument");
      sheet.name = name;
    });
  }
  /** Filled in by a collection load of items/id,items/name. */
  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  load(names: string | string[]): this {
    return this.queueLoad("Worksheet.load", props(names), () => {
      const sheet = requireSheet(this.resolve);
      return { id: sheet.id, name: sheet.name };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error("fake only knows the values-only used range");
    return new RangeProxy(this.ctx, () => {
      const sheet = requireSheet(this.resolve);
      const rect = sheet.usedRange();
      return rect && { sheet, rect };
    });
  }
  getRangeByIndexes(rowIndex: number, colIndex: number, rows: number, cols: number): RangeProxy {
    const rect = { rowIndex, colIndex, lastRowIndex: rowIndex + rows - 1, lastColIndex: colIndex + cols - 1 };
    return new RangeProxy(this.ctx, () => ({ sheet: requireSheet(this.resolve), rect }));
  }
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: requireSheet(this.resolve), rect: parseArea(address) }));
  }
  getRanges(address: string): RangeAreasProxy {
    const book = this.ctx.book;
    this.ctx.enqueue({
      name: "Worksheet.getRanges",
      request: address.length,
      write: false,
      cells: address.split(",").length,
      run: () => {
        if (address.length > book.addressLimit)
          throw officeError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
          );
      },
    });
    return new RangeAreasProxy(
      this.ctx,
      () => ({ sheet: requireSheet(this.resolve), rects: address.split(",").map(parseArea) }),
      "RangeAreas",
    );
  }
  activate(): void {
    this.write(
      "Worksheet.activate",
      () => {
        this.ctx.book.activeSheet = requireSheet(this.resolve).name;
      },
      { echo: false },
    );
  }
}

class NoteCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  getItemOrNullObject(a1: string): NoteProxy {
    return new NoteProxy(this.ctx, () => (this.sheet().notes.has(a1) ? { sheet: this.sheet(), a1 } : null));
  }
  add(a1: string, content: string): void {
    this.ctx.enqueue({
      name: "NoteCollection.add",
      write: true,
      request: size(content) + a1.length,
      run: () => {
        const sheet = unprotected(this.sheet());
        if (parseCellAddress(a1) === null) throw officeError("InvalidCellAddress");
        if (sheet.notes.has(a1)) throw officeError("InvalidArgument", "The cell already has a note.");
        // A cell holds a note or a threaded comment, not both: Range.AddCommentThreaded "adds a new modern
        // threaded comment to the range if no comment already exists" (Excel VBA reference), and [MS-XLSX]
        // stores a threaded comment with a legacy comment (note) placeholder in the same cell.
        if (this.ctx.book.comments.some((c) => c.sheetId === sheet.id && c.a1 === a1))
          throw officeError("InvalidArgument", "The cell already has a comment.");
        sheet.notes.set(a1, content);
      },
    });
  }
}

class NoteProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: Resolved<{ sheet: FakeSheet; a1: string }>,
  ) {
    super(ctx);
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(text: string) {
    this.write("Note.content", () => this.target().sheet.notes.set(this.target().a1, text), {
      request: size(text),
    });
  }
  load(names: string): this {
    return this.queueLoad("Note.load", props(names), () => {
      const found = this.resolve();
      return found && { content: found.sheet.notes.get(found.a1) };
    });
  }
  delete(): void {
    this.write("Note.delete", () => this.target().sheet.notes.delete(this.target().a1));
  }
  private target(): { sheet: FakeSheet; a1: string } {
    const found = this.resolve();
    if (!found) throw officeError("ItemNotFound");
    unprotected(found.sheet);
    return found;
  }
}

class CommentProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly id: string,
  ) {
    super(ctx);
  }
  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(text: string) {
    this.write("Comment.content", () => void (this.target().content = text), { request: size(text) });
  }
  delete(): void {
    this.write("Comment.delete", () => {
      const comment = this.target();
      this.ctx.book.comments.splice(this.ctx.book.comments.indexOf(comment), 1);
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const comment = this.target();
      return { sheet: requireSheet(() => this.ctx.book.sheet(comment.sheetId)), rect: parseArea(comment.a1) };
    });
  }
  private target(): FakeComment {
    const found = this.ctx.book.comments.find((c) => c.id === this.id);
    if (!found) throw officeError("ItemNotFound");
    return found;
  }
}

class CommentCollectionProxy extends Proxy {
  get items(): CommentProxy[] {
    return this.loadedValue("items");
  }
  load(names: string): this {
    this.ctx.enqueue({
      name: "CommentCollection.load",
      request: 0,
      write: false,
      run: () => {
        this.ctx.book.requireApi("1.10", "Workbook.comments");
        const snapshot = this.ctx.book.comments.map((c) => ({ id: c.id, content: c.content }));
        return {
          response: snapshot,
          commit: () => {
            const items = snapshot.map((c) => new CommentProxy(this.ctx, c.id));
            items.forEach((item, i) => item.preload(snapshot[i]!));
            this.loaded.set("items", items);
          },
        };
      },
    });
    void names;
    return this;
  }
  add(cell: RangeProxy | string, content: string): void {
    if (typeof cell === "string") throw new Error("fake expects a Range");
    const range = cell as unknown as { resolveForComment: () => { sheet: FakeSheet; a1: string } };
    this.write(
      "CommentCollection.add",
      () => {
        const book = this.ctx.book;
        book.requireApi("1.10", "CommentCollection.add");
        // OfficeDev/office-js#1847, office-js-docs-pr#2006: "This operation is not implemented." (see profiles.ts)
        if (book.profile.commentsAddNotImplemented)
          throw officeError("NotImplemented", "This operation is not implemented.");
        const { sheet, a1 } = range.resolveForComment();
        unprotected(sheet);
        if (book.comments.some((c) => c.sheetId === sheet.id && c.a1 === a1))
          throw officeError("InvalidArgument");
        // A note on the cell (invisible to the comments API) blocks a threaded comment, see NoteCollection.add.
        if (sheet.notes.has(a1)) throw officeError("InvalidArgument", "The cell already has a note.");
        book.comments.push({ id: book.newId(), sheetId: sheet.id, a1, content });
      },
      { request: size(content) },
    );
  }
}

class SettingProxy extends Proxy {
  get value(): unknown {
    return this.loadedValue("value");
  }
  load(names: string): this {
    return this.queueLoad("Setting.load", props(names), () =>
      this.ctx.book.settings.has(this.key) ? { value: this.ctx.book.settings.get(this.key) } : null,
    );
  }
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
}

class WorksheetCollectionProxy extends Proxy {
  readonly onChanged = {
    add: (handler: (event: unknown) => Promise<unknown>) => {
      const entry = { handler, removed: false };
      this.write("WorksheetCollection.onChanged.add", () => void this.ctx.book.handlers.push(entry), {
        echo: false,
      });
      return {
        context: this.ctx,
        remove: () =>
          this.write("EventHandlerResult.remove", () => void (entry.removed = true), { echo: false }),
      };
    },
  };
  get items(): WorksheetProxy[] {
    return this.loadedValue("items");
  }
  load(names: string): this {
    this.ctx.enqueue({
      name: "WorksheetCollection.load",
      request: 0,
      write: false,
      run: () => {
        const snapshot = this.ctx.book.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          protected: s.protected,
          visibility: s.visibility,
        }));
        return {
          response: snapshot,
          commit: () => {
            const items = snapshot.map((s) => new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(s.id)));
            items.forEach((item, i) => {
              item.preload(snapshot[i]!);
              if (names.includes("protection/protected")) item.protection.preload(snapshot[i]!.protected);
            });
            this.loaded.set("items", items);
          },
        };
      },
    });
    return this;
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(key));
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.write("WorksheetCollection.add", () => void (created = this.ctx.book.insertSheet(name)));
    return new WorksheetProxy(this.ctx, () => created);
  }
}

/** All settings of a document: "We only support 2MB maximum for settings" (OfficeDev/office-js#621). */
export const SETTINGS_TOTAL_LIMIT = 2 * 1024 * 1024;

function addSetting(ctx: FakeContext, key: string, value: unknown): void {
  const book = ctx.book;
  // OfficeDev/office-js#920 on the web: a new key after a settings write in the same batch (profiles.ts).
  if (book.profile.settingsBatchRule && ctx.batch.settingsWritten && !book.settings.has(key))
    throw officeError("ItemNotFound", "The requested resource doesn't exist.");
  const invalid = () =>
    officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  const text = JSON.stringify(value ?? null);
  if (text.length > book.settingValueLimit) throw invalid();
  const others = [...book.settings].filter(([k]) => k !== key);
  const total = others.reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v ?? null).length, 0);
  if (total + key.length + text.length > SETTINGS_TOTAL_LIMIT) throw invalid();
  book.settings.set(key, value);
  ctx.batch.settingsWritten = true;
}

/**
 * `FunctionResult` of a worksheet function (ExcelApi 1.2): the value is computed when the batch runs. The fake
 * knows DATE only, which counts in the workbook's date system ("year … from 1900 or 1904 (depending on the
 * workbook's date system) to 9999", Functions.date docs).
 */
class FunctionResultProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly compute: () => number,
  ) {
    super(ctx);
  }
  get value(): number {
    return this.loadedValue("value");
  }
  load(names: string): this {
    return this.queueLoad("FunctionResult.load", props(names), () => ({
      value: this.compute(),
      error: null,
    }));
  }
}

/** DATE(year, month, day) as Excel computes it: a serial of the workbook's date system. */
function excelDate(book: FakeContext["book"], year: number, month: number, day: number): number {
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const serial1900 = days < 61 ? days - 1 : days;
  return book.date1904 ? serial1900 - 1462 : serial1900;
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly functions: { date: (year: number, month: number, day: number) => FunctionResultProxy };
  readonly comments: CommentCollectionProxy;
  readonly protection: WorkbookPartProxy;
  readonly tables: WorkbookPartProxy;
  readonly names: WorkbookPartProxy;
  readonly settings: {
    getItemOrNullObject: (key: string) => SettingProxy;
    add: (key: string, value: unknown) => void;
  };

  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.functions = {
      date: (year, month, day) => new FunctionResultProxy(ctx, () => excelDate(ctx.book, year, month, day)),
    };
    this.comments = new CommentCollectionProxy(ctx);
    this.protection = new WorkbookPartProxy(ctx, "WorkbookProtection", () => ({
      protected: ctx.book.structureProtected,
    }));
    this.tables = new WorkbookPartProxy(ctx, "TableCollection", () => ({
      items: ctx.book.sheets.flatMap((sheet) =>
        sheet.tables.map((table) => ({ name: table.name, worksheet: { id: sheet.id } })),
      ),
    }));
    this.names = new WorkbookPartProxy(ctx, "NamedItemCollection", () => ({
      items: ctx.book.definedNames.map((name) => ({ name })),
    }));
    this.settings = {
      getItemOrNullObject: (key) => new SettingProxy(ctx, key),
      add: (key, value) =>
        ctx.enqueue({
          name: "SettingCollection.add",
          detail: key,
          write: true,
          request: size(key) + size(value),
          run: () => addSetting(ctx, key, value),
        }),
    };
  }
}

export { a1Of };
