import { PAGE_MARGINS } from "./ooxml/worksheetParts";
import type { CellInput, IndexSpan, PrintSpec } from "./WorkbookSpec";

/**
 * Below this scale an 11-point font prints smaller than about 7.7 points: too small to read. Wider tables
 * print at this scale over several pages across, their title columns repeated.
 */
export const MIN_PRINT_SCALE = 0.7;

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
const A4_INCHES = { short: 8.27, long: 11.69 } as const;

/** The width of the printable part of an A4 page, in points, with our margins. */
export function printableWidth(landscape: boolean): number {
  const paper = landscape ? A4_INCHES.long : A4_INCHES.short;
  return (paper - PAGE_MARGINS.left - PAGE_MARGINS.right) * 72;
}

/** A column's width in points as Excel lays it out: 7 pixels per character of Calibri 11 plus 5 of padding. */
export function columnPoints(characters: number | null | undefined): number {
  const width = characters ?? DEFAULT_WIDTH;
  return width <= 0 ? 0 : Math.trunc(width * 7 + 5) * 0.75;
}

export type PrintLayoutInput = {
  readonly rows: readonly (readonly CellInput[])[];
  readonly columnWidths?: readonly (number | null)[];
  readonly hiddenColumns?: readonly number[];
};

export type PrintLayoutOptions = {
  /** The header rows, printed again at the top of every page. */
  readonly titleRows?: IndexSpan;
  /** The columns that identify a row (number, text), repeated at the left when the table runs over pages across. */
  readonly titleColumns?: IndexSpan;
  /** The columns that print (default: every column written; hidden ones never print). */
  readonly columns?: IndexSpan;
};

/**
 * How a sheet prints, from the widths of the columns that print: portrait when they fit a portrait A4 page,
 * else landscape; scaled down to one page width when that keeps the text readable (at least
 * {@link MIN_PRINT_SCALE}); otherwise at that scale over several pages across, with the title columns
 * repeated. The header rows repeat on every page.
 */
export function printLayout(sheet: PrintLayoutInput, options: PrintLayoutOptions = {}): PrintSpec {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const written = Math.max(sheet.columnWidths?.length ?? 0, ...sheet.rows.map((row) => row.length), 1);
  const span = options.columns ?? { first: 0, last: written - 1 };
  let width = 0;
  for (let c = span.first; c <= span.last; c++)
    if (!hidden.has(c)) width += columnPoints(sheet.columnWidths?.[c]);
  const common: PrintSpec = {
    ...(options.titleRows === undefined ? {} : { titleRows: options.titleRows }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
  if (width <= printableWidth(false)) return { ...common, landscape: false, fitToWidth: true };
  const landscape = printableWidth(true);
  if (width * MIN_PRINT_SCALE <= landscape) return { ...common, landscape: true, fitToWidth: true };
  return {
    ...common,
    landscape: true,
    scale: Math.round(MIN_PRINT_SCALE * 100),
    ...(options.titleColumns === undefined ? {} : { titleColumns: options.titleColumns }),
  };
}
