import type { HostError, HostNotice, WorkbookHost } from "../host";
import type { CellMark, CellRange, WorkbookGrid } from "../engine";
import { detectApiSupport, requireCore, type ApiSupport } from "./apiSupport";
import type { ConsolidationOutput, OutputWritten } from "../report";
import { outputSheets, queueOutputRecord, REPORT_KEY } from "./consolidation/outputRecord";
import { writeConsolidation, type WriteLimits } from "./consolidation/writeConsolidation";
import { EditSuppressor } from "./events/EditSuppressor";
import { watchEdits } from "./events/watchEdits";
import { goToCell } from "./goToCell";
import { MarkSession } from "./marks/MarkSession";
import { markPlan } from "./marks/markPlan";
import { officeEnvironment, type OfficeEnvironment } from "./OfficeEnvironment";
import { toHostError } from "./officeErrors";
import { readSheets } from "./read/readSheets";
import { requestBudget } from "./requests/requestBytes";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read/SheetRead";
import { LEDGER_MAX_BYTES, queueMarkState } from "./workbook/markState";
import { loadUserSettings, saveUserSettings } from "./workbook/userSettings";

export type ExcelHostOptions = {
  /** Office as seen by the adapter; the real globals by default, a fake in tests. */
  readonly environment?: OfficeEnvironment;
  /** Block sizes for reading (tests shrink them). */
  readonly readLimits?: Partial<ReadLimits>;
  /** Clock for telling our own edits from the user's. */
  readonly now?: () => number;
  /** Failures outside a call (subscribing to edits): there is no promise to reject. */
  readonly onBackgroundError?: (error: HostError) => void;
  /** The largest mark ledger, in UTF-8 bytes (tests shrink it; LEDGER_MAX_BYTES by default). */
  readonly ledgerMaxBytes?: number;
  /** Request sizes for writing the consolidation (tests shrink them; by default the platform's budget). */
  readonly writeLimits?: Partial<WriteLimits>;
};

/** The open workbook: the plan's host, which can also take the consolidation's sheets and charts. */
export type ExcelHost = WorkbookHost & {
  readonly kind: "excel";
  /**
   * Where a browser download cannot work — Excel on Mac, whose WKWebView ignores `<a download>` with a blob
   * (OfficeDev/office-js#2700 "by design", #3385) — opens a file the pane made (an .xlsx) as a new workbook
   * instead (`Excel.createWorkbook`, ExcelApi 1.8), which the user saves with File › Save As. Null where
   * downloads work.
   */
  readonly openAsWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /**
   * Writes the consolidation sheets (replacing those written before; never the plan or any other sheet).
   * Rejects with HostError; a failed write leaves the workbook as it was.
   */
  writeConsolidation(output: ConsolidationOutput): Promise<OutputWritten>;
  /**
   * The hidden sheets of the consolidation written before (where it keeps the history of periods, see
   * src/report/historySheet.ts), as a grid; no sheets when nothing was written.
   */
  readOutputHistory(): Promise<WorkbookGrid>;
  /**
   * Writes the report for the head's print-ready sheet, replacing the one written before (and nothing else:
   * not the consolidation's sheets). Rejects with HostError; a failed write leaves the workbook as it was.
   */
  writeReportSheet(output: ConsolidationOutput): Promise<OutputWritten>;
};

/**
 * The WorkbookHost of the open Excel workbook: the only code that calls Office. Requires ExcelApi 1.9 (see
 * apiSupport.ts); merged cells need 1.13 (else unknown to the engine), notes 1.18 (else threaded comments 1.10,
 * else fills only). Every failure rejects with a HostError.
 */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const environment = options.environment ?? officeEnvironment();
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.readLimits };
  const now = options.now ?? (() => Date.now());
  const onBackgroundError = options.onBackgroundError ?? (() => undefined);
  const budget = requestBudget(environment.platform());
  const marks = new MarkSession({
    requestBytes: budget,
    ledgerBytes: options.ledgerMaxBytes ?? LEDGER_MAX_BYTES,
  });
  const edits = new EditSuppressor(now);
  const writeLimits: WriteLimits = { requestBytes: budget, ...options.writeLimits };
  let markQueue: Promise<unknown> = Promise.resolve();
  let mergesUnknown: readonly string[] = [];
  /** The merged ranges of each sheet as last read: marks inside one go to its top-left cell. */
  let merges = new Map<string, readonly CellRange[] | null>();

  const run = async <T>(
    batch: (context: Excel.RequestContext, support: ApiSupport) => Promise<T>,
    detail: { sheet?: string } = {},
  ): Promise<T> => {
    const support = detectApiSupport(environment.isSetSupported);
    try {
      requireCore(support);
      return await environment.run((context) => batch(context, support));
    } catch (error) {
      throw toHostError(error, detail);
    }
  };

  /** Mark writes run one after the other (live re-validation may ask again while one is under way). */
  const replaceMarks = (list: readonly CellMark[]): Promise<void> => {
    const plan = markPlan(list, (sheet) => merges.get(sheet) ?? null);
    const next = markQueue.then(() =>
      edits.during(() =>
        run(async (context, support) => {
          try {
            await marks.replace(context, plan, support.annotations);
          } catch (error) {
            marks.forget();
            throw error;
          }
        }),
      ),
    );
    markQueue = next.catch(() => undefined);
    return next;
  };

  const macDownloads = environment.platform() === "Mac";
  return {
    kind: "excel",
    openAsWorkbook: macDownloads
      ? async (bytes) => {
          try {
            await environment.createWorkbook(toBase64(bytes));
          } catch (error) {
            throw toHostError(error);
          }
        }
      : null,
    displayLanguage: () => environment.displayLanguage(),
    readWorkbook: (onProgress) =>
      run(async (context, support) => {
        const worksheets = context.workbook.worksheets.load("items/id,items/name");
        const state = queueMarkState(context, worksheets);
        const record = queueOutputRecord(context);
        const report = queueOutputRecord(context, REPORT_KEY);
        await context.sync();
        marks.remember(state());
        // The consolidation sheets and the report PlanCheck wrote are not part of the plan.
        const output = new Set(
          [...outputSheets(record(), worksheets.items), ...outputSheets(report(), worksheets.items)].map(
            (sheet) => sheet.id,
          ),
        );
        const plan = worksheets.items.filter((worksheet) => !output.has(worksheet.id));
        const sheets = await readSheets(context, plan, support, limits, onProgress);
        mergesUnknown = sheets.filter((sheet) => sheet.merges === null).map((sheet) => sheet.name);
        merges = new Map(sheets.map((sheet) => [sheet.name, sheet.merges]));
        return { sheets };
      }),
    showMarks: (list) => replaceMarks(list),
    clearMarks: () => replaceMarks([]),
    goTo: (sheet, rowIndex, colIndex) =>
      run((context) => goToCell(context, sheet, rowIndex, colIndex), { sheet }),
    onEdit: (callback) => watchEdits(environment, edits, callback, onBackgroundError),
    loadSettings: () => run((context) => loadUserSettings(context)),
    saveSettings: (settings) => run((context) => saveUserSettings(context, settings)),
    notices: () =>
      notices(detectApiSupport(environment.isSetSupported), {
        mergesUnknown,
        annotationsRefused: marks.annotationsRefused,
        macDownloads,
      }),
    readOutputHistory: () =>
      run(async (context, support) => {
        const worksheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
        const record = queueOutputRecord(context);
        await context.sync();
        const own = new Set(outputSheets(record(), worksheets.items).map((sheet) => sheet.id));
        const hidden = worksheets.items.filter((w) => own.has(w.id) && w.visibility !== "Visible");
        return { sheets: hidden.length === 0 ? [] : await readSheets(context, hidden, support, limits) };
      }),
    writeConsolidation: (output) =>
      edits.during(() =>
        run(async (context) => {
          marks.forget(); // the sheet list changes
          return writeConsolidation(context, output, writeLimits);
        }),
      ),
    writeReportSheet: (output) =>
      edits.during(() =>
        run(async (context) => {
          marks.forget(); // the sheet list changes
          return writeConsolidation(context, output, writeLimits, REPORT_KEY);
        }),
      ),
  };
}

/**
 * What is in effect: how marks carry their messages on this Excel (or that Excel refused them), which sheets'
 * merges were not read, and that files open as workbooks on Mac.
 */
function notices(
  support: ApiSupport,
  state: { mergesUnknown: readonly string[]; annotationsRefused: boolean; macDownloads: boolean },
): HostNotice[] {
  const list: HostNotice[] = [];
  if (state.macDownloads) list.push({ code: "downloads-as-workbooks", sheet: null });
  if (!support.core) return list;
  if (state.annotationsRefused) list.push({ code: "annotations-failed", sheet: null });
  else if (support.annotations === "comment") list.push({ code: "annotations-as-comments", sheet: null });
  else if (support.annotations === "none") list.push({ code: "annotations-none", sheet: null });
  for (const sheet of state.mergesUnknown) list.push({ code: "merges-unknown", sheet });
  return list;
}

/** Bytes as Base64 (what Excel.createWorkbook takes), in chunks so large files do not overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
