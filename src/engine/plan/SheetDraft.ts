import type { HeaderBlock, TableLayout } from "../table/TableColumns";
import type { MeasureDraft } from "./MeasureDraft";
import type { Heading, TitleRow } from "./Plan";

/** What reading one sheet yields before fields are parsed. */
export type SheetDraft = {
  readonly name: string;
  readonly headers: HeaderBlock[];
  /** How each header's table segment is read (one per header, in order). */
  readonly tables: TableLayout[];
  readonly titleRows: TitleRow[];
  readonly headings: Heading[];
  readonly notes: TitleRow[];
  readonly footerRows: number[];
  /** Totals and subtotals ("Усього за розділом", "Общо", "Total"). */
  readonly totalRows: number[];
  /** Page numbers and repeated "1 2 3 4" rows inside the table. */
  readonly skippedRows: number[];
  readonly measures: MeasureDraft[];
};
