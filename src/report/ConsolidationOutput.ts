import type { CellRange } from "../engine";
import type { SheetSpec } from "../xlsx";

/** A native stacked bar chart over a block of one output sheet (ExcelApi 1.1 charts). */
export type ChartSpec = {
  /** The output sheet (its name in `sheets`) that holds the data and the chart. */
  readonly sheet: string;
  /** The data: series names in the first row, categories in the first column. */
  readonly source: CellRange;
  readonly title: string;
  /** The cells the chart covers. */
  readonly at: CellRange;
};

/**
 * What the pane writes into the open workbook: the consolidation's sheets, built by the same report builders
 * as the downloaded file, and charts on them. Values, styles, column widths, merges, frozen panes, tables,
 * visibility and landscape printing are written; notes, links, list validations and protection are not (the
 * consolidation sheets have none).
 */
export type ConsolidationOutput = {
  readonly sheets: readonly SheetSpec[];
  readonly charts: readonly ChartSpec[];
  /** The sheet shown when writing is done (its name in `sheets`). */
  readonly activate: string | null;
};

/** The names the output sheets got (another sheet may already use a name) and how many were replaced. */
export type OutputWritten = { readonly sheets: readonly string[]; readonly replaced: number };
