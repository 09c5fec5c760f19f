import type { CellValue, WorkbookGrid } from "../../../src/engine";
import type { ConsolidationOutput, OutputWritten } from "../../../src/excel";
import type { HostNotice, ReadProgress, WorkbookHost } from "../../../src/host/WorkbookHost";
import type { CellMark } from "../../../src/engine";
import { planGrid } from "./planGrid";

type Method =
  | "readWorkbook"
  | "showMarks"
  | "clearMarks"
  | "goTo"
  | "loadSettings"
  | "saveSettings"
  | "writeConsolidation"
  | "writeReportSheet";

/** An in-memory Excel stand-in: records every call, can fail any method, and lets a test "edit" the plan. */
export type FakeHost = WorkbookHost & {
  readonly readWorkbook: jest.Mock<
    Promise<WorkbookGrid>,
    [onProgress?: ((progress: ReadProgress) => void) | undefined]
  >;
  readonly showMarks: jest.Mock<Promise<void>, [readonly CellMark[]]>;
  readonly clearMarks: jest.Mock<Promise<void>, []>;
  readonly goTo: jest.Mock<Promise<void>, [string, number, number]>;
  readonly loadSettings: jest.Mock<Promise<unknown>, []>;
  readonly saveSettings: jest.Mock<Promise<void>, [unknown]>;
  /** The marks the workbook shows now. */
  marks(): readonly CellMark[];
  /** The user changes the plan: later reads return `grid`, and edit listeners are called. */
  edit(grid: WorkbookGrid): void;
  /** The next calls of `method` reject with `error` (until `succeed`). */
  fail(method: Method, error: unknown): void;
  succeed(method: Method): void;
  listeners(): number;
  /** Throws the failure set for `method`, if any. */
  guard(method: Method): void;
};

export type FakeHostOptions = {
  grid?: WorkbookGrid;
  settings?: unknown;
  language?: string | null;
  kind?: "excel" | "file";
  /** What `notices()` answers. */
  notices?: readonly HostNotice[];
};

/** The fake as the open Excel workbook that takes the consolidation's sheets (ExcelHost). */
export type FakeExcelHost = FakeHost & {
  readonly writeConsolidation: jest.Mock<Promise<OutputWritten>, [ConsolidationOutput]>;
  readonly readOutputHistory: jest.Mock<Promise<WorkbookGrid>, []>;
  readonly writeReportSheet: jest.Mock<Promise<OutputWritten>, [ConsolidationOutput]>;
};

/**
 * A fake Excel host that also writes the consolidation and the report's sheet (recorded; answers with the
 * sheet names) and reads back the hidden sheets of the last consolidation written, their values as written.
 */
export function fakeExcelHost(options: FakeHostOptions = {}): FakeExcelHost {
  const host = fakeHost({ ...options, kind: "excel" });
  let last: ConsolidationOutput | null = null;
  const value = (input: unknown): CellValue =>
    input !== null && typeof input === "object" && !(input instanceof Date)
      ? ((input as { value: CellValue }).value ?? null)
      : (input as CellValue);
  return Object.assign(host, {
    writeConsolidation: jest.fn(async (output: ConsolidationOutput) => {
      host.guard("writeConsolidation");
      const replaced = last?.sheets.length ?? 0;
      last = output;
      return { sheets: output.sheets.map((sheet) => sheet.name), replaced };
    }),
    readOutputHistory: jest.fn(async () => ({
      sheets: (last?.sheets ?? [])
        .filter((sheet) => sheet.visibility !== undefined && sheet.visibility !== "visible")
        .map((sheet) => ({ name: sheet.name, cells: sheet.rows.map((row) => row.map(value)), merges: [] })),
    })),
    writeReportSheet: jest.fn(async (output: ConsolidationOutput) => {
      host.guard("writeReportSheet");
      return { sheets: output.sheets.map((sheet) => sheet.name), replaced: 0 };
    }),
  });
}

export function fakeHost(options: FakeHostOptions = {}): FakeHost {
  let grid = options.grid ?? planGrid();
  let saved: unknown = options.settings ?? null;
  let shown: readonly CellMark[] = [];
  const failures = new Map<Method, unknown>();
  const listeners = new Set<() => void>();
  const guard = (method: Method): void => {
    if (failures.has(method)) throw failures.get(method);
  };
  return {
    kind: options.kind ?? "excel",
    displayLanguage: () => (options.language === undefined ? "uk-UA" : options.language),
    readWorkbook: jest.fn(async (onProgress?: (progress: ReadProgress) => void) => {
      guard("readWorkbook");
      const rows = grid.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
      onProgress?.({ sheet: 1, sheets: grid.sheets.length, rows: 0, totalRows: rows });
      onProgress?.({ sheet: grid.sheets.length, sheets: grid.sheets.length, rows, totalRows: rows });
      return grid;
    }),
    showMarks: jest.fn(async (marks: readonly CellMark[]) => {
      guard("showMarks");
      shown = marks;
    }),
    clearMarks: jest.fn(async () => {
      guard("clearMarks");
      shown = [];
    }),
    goTo: jest.fn(async (_sheet: string, _rowIndex: number, _colIndex: number) => guard("goTo")),
    onEdit(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    loadSettings: jest.fn(async () => {
      guard("loadSettings");
      return saved;
    }),
    saveSettings: jest.fn(async (settings: unknown) => {
      guard("saveSettings");
      saved = settings;
    }),
    notices: () => options.notices ?? [],
    marks: () => shown,
    edit(next) {
      grid = next;
      for (const listener of listeners) listener();
    },
    fail: (method, error) => void failures.set(method, error),
    succeed: (method) => void failures.delete(method),
    listeners: () => listeners.size,
    guard,
  };
}
