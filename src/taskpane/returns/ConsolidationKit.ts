import type {
  AddOptions,
  ChosenPeriod,
  Consolidation,
  ExecutorRequest,
  FileResult,
  History,
  Period,
  PeriodChoice,
  Plan,
  PreparedReturn,
  ReportPeriod,
  Roster,
  UnreadableReturn,
  WorkbookGrid,
} from "../../engine";
import type { ConsolidationOutput, Tracked } from "../../report";
import type { Locale } from "../../i18n";

/** One executor's report template: who, the file name, how many measures; bytes are made on demand. */
export type TemplateEntry = {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
  readonly measures: number;
};

/** A workbook file made in the browser, ready to save. */
export type MadeFile = { readonly name: string; readonly bytes: Uint8Array };

/** Consolidating one import: returns in order, then the consolidation of those added so far. */
export type ConsolidationRun = {
  /** `executor`: the roster id the user chose for this file, which overrides identification. */
  add(prepared: PreparedReturn, options?: AddOptions): FileResult;
  /** A return the reader could not read: a problem of that file in the consolidation. */
  addUnreadable(file: UnreadableReturn): FileResult;
  finish(): Consolidation;
};

/** Reads returns into prepared data, off the page's main thread where the browser allows it. */
export type ReturnReader = {
  /** Rejects with UnreadableFileError for a file that is not a readable workbook. */
  read(name: string, bytes: Uint8Array): Promise<PreparedReturn>;
  dispose(): void;
};

/**
 * Everything the Reports tab needs from the engine, the report builders and the xlsx writer, loaded on
 * demand (see loadConsolidationKit): none of it is part of the pane's first download.
 */
export type ConsolidationKit = {
  deriveRoster(plan: Plan): Roster;
  planLanguage(plan: Plan): Locale;
  /** The executors that get a template (those the plan names), with their file names. */
  templateList(plan: Plan, grid: WorkbookGrid, roster: Roster): TemplateEntry[];
  /** Template workbooks of the given executors (all when `ids` is null). */
  templateFiles(
    input: { plan: Plan; grid: WorkbookGrid; roster: Roster; planFile: string },
    ids: readonly string[] | null,
  ): Promise<MadeFile[]>;
  zip(files: readonly MadeFile[]): Uint8Array;
  createReader(): ReturnReader;
  startRun(plan: Plan, roster: Roster): ConsolidationRun;
  /** Sheets and charts for the open workbook (Excel), with the progress across periods. */
  output(result: Consolidation, locale: Locale, title: string | null, tracked: Tracked): ConsolidationOutput;
  /** consolidated.xlsx (browser): the same sheets as the CLI writes, no charts. */
  workbookBytes(
    result: Consolidation,
    locale: Locale,
    title: string | null,
    tracked: Tracked,
  ): Promise<Uint8Array>;
  /** The period a consolidation belongs to (given, named by the returns' templates, or the default). */
  choosePeriod(choice: PeriodChoice): ChosenPeriod;
  /** The history of periods a workbook keeps (see src/report/historySheet.ts), or null. */
  readHistory(grid: WorkbookGrid): History | null;
  /** The history of periods in a consolidated workbook's file (an earlier consolidated.xlsx), or null. */
  historyOfFile(name: string, bytes: Uint8Array): Promise<History | null>;
  /** The consolidation filed under its period, after the earlier periods. */
  track(plan: Plan, result: Consolidation, period: Period, earlier: History | null): Tracked;
  /** What each executor with gaps is asked to fix. */
  requests(result: Consolidation): ExecutorRequest[];
  /** Per executor with gaps, its request's text (.txt) and its template re-issued (.xlsx). */
  requestFiles(
    input: { plan: Plan; grid: WorkbookGrid; planFile: string },
    result: Consolidation,
    period: Period,
    issued: string,
  ): Promise<MadeFile[]>;
  /**
   * The report for the head of the consolidation's period; `tracked`: the consolidation filed after the
   * earlier periods (the report then shows the progress across them).
   */
  headReport(plan: Plan, result: Consolidation, request: HeadReportRequest): HeadReport;
};

export type HeadReportRequest = {
  readonly period: ReportPeriod;
  readonly tracked: Tracked | null;
  /** ISO `YYYY-MM-DD`. */
  readonly today: string;
};

/** The report for the head in its forms: the sheet for the open workbook, and the two files. */
export type HeadReport = {
  /** The report's file name without extension. */
  readonly fileName: string;
  readonly output: ConsolidationOutput;
  workbook(): Promise<Uint8Array>;
  docx(): Promise<Uint8Array>;
};
