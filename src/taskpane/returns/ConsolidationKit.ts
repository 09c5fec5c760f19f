import type {
  AddOptions,
  Consolidation,
  FileResult,
  Plan,
  PreparedReturn,
  Roster,
  WorkbookGrid,
} from "../../engine";
import type { ConsolidationOutput } from "../../report";
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
  /** Sheets and charts for the open workbook (Excel). */
  output(result: Consolidation, locale: Locale, title: string | null): ConsolidationOutput;
  /** consolidated.xlsx (browser): the same sheets as the CLI writes, no charts. */
  workbookBytes(result: Consolidation, locale: Locale, title: string | null): Promise<Uint8Array>;
  /**
   * The report for the head of the period asked for (blank: the one the returns' templates name, else the last
   * whole year before `today`), or the period as given when it is not one.
   */
  headReport(
    plan: Plan,
    result: Consolidation,
    request: HeadReportRequest,
  ): HeadReport | { readonly badPeriod: string };
};

export type HeadReportRequest = {
  readonly period: string;
  readonly templatePeriods: readonly (string | undefined)[];
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
