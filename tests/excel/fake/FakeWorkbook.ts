import { cellAddress, type CellRange, type WorkbookGrid } from "../../../src/engine";
import { compareApi, currentProfile, type Profile } from "./profiles";

/**
 * A cell's fill as it is (what the user sees). What `getCellProperties` reports for it depends on the
 * platform profile (see reportFill in fakeFills.ts).
 */
export type Fill = {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
};

/** A cell without fill. */
export const NO_FILL: Fill = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export type FakeCell = {
  value: string | number | boolean;
  numberFormat: string;
  fill: Fill;
  /** Set when a write made the cell a formula (what the consolidation writer must never cause). */
  formula?: string;
  /** The text was written with Excel's quote prefix (a leading apostrophe, not part of the text). */
  quotePrefix?: boolean;
  /** Other formatting written to the cell: "font.bold", "wrapText", "horizontalAlignment"… */
  format?: Record<string, unknown>;
};

export type FakeTable = { name: string; address: string; style: string; showBandedRows: boolean };
export type FakeChart = {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legend: string | null;
  position: string | null;
};

/** One line of the operation log: what was executed in which round trip. */
export type LogEntry = {
  readonly sync: number;
  readonly op: string;
  readonly sheet?: string;
  readonly cells?: number;
  readonly detail?: string;
};

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message = code): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

const KEY = 20_000;

/** A setting's value may hold about 1 MB: more fails with "The argument is invalid…" (OfficeDev/office-js#3957). */
export const SETTING_VALUE_LIMIT = 1_000_000;

export class FakeSheet {
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  readonly notes = new Map<string, string>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  frozen: { rows: number; columns: number } | null = null;
  visibility = "Visible";
  orientation = "Portrait";
  paperSize = "Letter";
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null = null;
  printTitleRows: string | null = null;
  centerFooter = "";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(rowIndex: number, colIndex: number): FakeCell {
    return this.cells.get(rowIndex * KEY + colIndex) ?? { value: "", numberFormat: "General", fill: NO_FILL };
  }

  edit(rowIndex: number, colIndex: number): FakeCell {
    const key = rowIndex * KEY + colIndex;
    const found = this.cells.get(key);
    if (found) return found;
    const cell: FakeCell = { value: "", numberFormat: "General", fill: NO_FILL };
    this.cells.set(key, cell);
    return cell;
  }

  fillAt(a1: string): Fill {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    return this.cell(Number(m[2]) - 1, col - 1).fill;
  }

  /** Bounding box of the cells holding values, as getUsedRange(true) gives it; null when empty. */
  usedRange(): CellRange | null {
    let box: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "") continue;
      const r = Math.floor(key / KEY);
      const c = key % KEY;
      box = box
        ? {
            r0: Math.min(box.r0, r),
            c0: Math.min(box.c0, c),
            r1: Math.max(box.r1, r),
            c1: Math.max(box.c1, c),
          }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return box && { rowIndex: box.r0, colIndex: box.c0, lastRowIndex: box.r1, lastColIndex: box.c1 };
  }

  /** The sheet name as Excel writes it in an address. */
  prefix(): string {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
  }
}

export type FakeComment = { id: string; sheetId: string; a1: string; content: string };

/** The state of a fake workbook, shared by every request context made on it. */
export class FakeWorkbook {
  /** The newest ExcelApi set of the Excel this workbook is open in (the profile's unless a test pins one). */
  excelApi: string;
  readonly sheets: FakeSheet[] = [];
  readonly comments: FakeComment[] = [];
  readonly settings = new Map<string, unknown>();
  /** The workbook counts dates from 1904-01-01 (File › Options › Advanced › "Use 1904 date system"). */
  date1904 = false;
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Defined names of the workbook. */
  readonly definedNames: string[] = [];
  readonly log: LogEntry[] = [];
  readonly handlers: Array<{ handler: (event: unknown) => Promise<unknown>; removed: boolean }> = [];
  syncs = 0;
  /** Round trips refused because the request or response passed `payloadLimit`. */
  refused = 0;
  /** Size of each round trip's response, in UTF-8 bytes of its JSON. */
  readonly responseBytes: number[] = [];
  /** Size of each round trip's request, in UTF-8 bytes (the fake's estimate of the JSON Office.js sends). */
  readonly requestBytes: number[] = [];
  /** Request/response limit in UTF-8 bytes (the profile's; Infinity where there is none). */
  payloadLimit: number;
  /** Workbooks opened with `Excel.createWorkbook(base64)`, as their base64 text. */
  readonly createdWorkbooks: string[] = [];
  /** getRanges refuses longer address lists. */
  addressLimit = 8_000;
  /** A setting's value may hold this many characters (tests shrink it). */
  settingValueLimit = SETTING_VALUE_LIMIT;
  /** getMergedAreasOrNullObject fails above this many areas. */
  mergeLimit = 512;
  /** Return an error to make that operation fail (n counts the operation's executions). */
  failWhen: ((op: string, n: number) => Error | null) | null = null;
  /** Called as each operation runs (a test's way to do something in the middle of a batch). */
  duringOp: ((op: string) => void) | null = null;
  /** Simulate Excel firing onChanged after a batch with writes (triggerSource "ThisLocalAddin" from ExcelApi 1.14). */
  echoWrites = false;
  activeSheet: string | null = null;
  selection: string | null = null;
  private nextId = 1;
  private readonly counts = new Map<string, number>();
  private readonly supported = new Map<string, boolean>();

  constructor(readonly profile: Profile = currentProfile()) {
    this.excelApi = profile.excelApi;
    this.payloadLimit = profile.payloadLimit ?? Number.POSITIVE_INFINITY;
  }

  /** True when the Excel supports ExcelApi `version`. */
  supports(version: string): boolean {
    const key = `${version}|${this.excelApi}`;
    let known = this.supported.get(key);
    if (known === undefined) {
      known = compareApi(version, this.excelApi) <= 0;
      this.supported.set(key, known);
    }
    return known;
  }

  /** Fails like Excel does for an API its build does not have. */
  requireApi(version: string, what: string): void {
    if (!this.supports(version))
      throw officeError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.excelApi}.`);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet's position and name checks of Excel: a name is unique without case, at most 31 characters. */
  insertSheet(name: string): FakeSheet {
    if (this.structureProtected) throw officeError("AccessDenied", "The workbook is protected.");
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || this.sheet(name))
      throw officeError("InvalidArgument", `Bad or taken sheet name ${name}`);
    return this.addSheet(name);
  }

  removeSheet(sheet: FakeSheet): void {
    if (this.structureProtected) throw officeError("AccessDenied", "The workbook is protected.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  sheet(idOrName: string): FakeSheet | null {
    return (
      this.sheets.find((s) => s.id === idOrName || s.name.toLowerCase() === idOrName.toLowerCase()) ?? null
    );
  }

  newId(): string {
    return `{id-${this.nextId++}}`;
  }

  /** Counts an operation and throws the injected failure, if any. */
  check(op: string): void {
    const n = (this.counts.get(op) ?? 0) + 1;
    this.counts.set(op, n);
    this.duringOp?.(op);
    const error = this.failWhen?.(op, n) ?? null;
    if (error) throw error;
  }

  ops(op: string): LogEntry[] {
    return this.log.filter((entry) => entry.op === op);
  }

  /**
   * Simulates the user typing in a cell: fires onChanged like Excel does. From ExcelApi 1.14 the event says
   * "Unknown" for anything this add-in did not cause (Excel.EventTriggerSource docs).
   */
  async userEdit(
    sheet: FakeSheet,
    a1: string,
    triggerSource: string | undefined = this.supports("1.14") ? "Unknown" : undefined,
  ): Promise<void> {
    for (const { handler, removed } of this.handlers) {
      if (!removed)
        await handler({
          address: a1,
          worksheetId: sheet.id,
          changeType: "RangeEdited",
          source: "Local",
          triggerSource,
        });
    }
  }

  /** A workbook holding the grid's values and merges; dates become serials with a date format, like Excel. */
  static fromGrid(grid: WorkbookGrid, profile: Profile = currentProfile()): FakeWorkbook {
    const book = new FakeWorkbook(profile);
    for (const source of grid.sheets) {
      const sheet = book.addSheet(source.name);
      source.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const cell = sheet.edit(r, c);
          if (value instanceof Date) {
            cell.value = toSerial(value);
            cell.numberFormat = "dd.mm.yyyy";
          } else {
            cell.value = value;
          }
        }),
      );
      sheet.merges = [...(source.merges ?? [])];
    }
    return book;
  }
}

export function toSerial(date: Date): number {
  const days = (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days < 61 ? days - 1 : days;
}

export function a1Of(rowIndex: number, colIndex: number): string {
  return cellAddress(rowIndex, colIndex);
}
