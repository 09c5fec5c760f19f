import type { CountedStatus } from "../../engine";
import type { Locale } from "../../i18n";

/**
 * The report for the head worded in one language and laid out as blocks, before it becomes a sheet or a Word
 * document: both forms render these same blocks, so they carry the same content. A new kind of report
 * section only needs a function that words it as blocks.
 */
export type ReportDocument = {
  readonly language: Locale;
  readonly title: string;
  /** Lines under the title: the period's dates, what the report was compiled from. */
  readonly subtitle: readonly string[];
  /** The page footer: "Page {page} of {pages}" split around the page number and the page count. */
  readonly footer: PageFooter;
  readonly blocks: readonly ReportBlock[];
  /** The sheet's name in a workbook (at most 31 characters). */
  readonly sheetName: string;
  /** A file name without extension. */
  readonly fileName: string;
};

export type PageFooter = { readonly before: string; readonly between: string; readonly after: string };

export type ReportBlock =
  | {
      readonly kind: "heading";
      readonly level: 1 | 2;
      readonly text: string;
      /** Starts a new page (the measures table after the summary). */
      readonly pageBreakBefore?: boolean;
    }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly table: ReportTable };

/**
 * A table whose header repeats on every page. Row headings (parts, goals) span the whole width. `flow` is the
 * column whose paragraphs may go on rows of their own in a sheet (a sheet row holds at most 409 points).
 */
export type ReportTable = {
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly flow?: number;
};

export type ReportColumn = {
  readonly label: string;
  /** Width in characters of the default font; the renderers scale all columns to the page width. */
  readonly width: number;
  readonly align?: "left" | "center" | "right";
};

export type ReportRow =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "cells"; readonly cells: readonly ReportCell[]; readonly total?: boolean };

/** A cell: paragraphs of text (a lead in bold, such as an executor's name, then its text). */
export type ReportCell = {
  readonly paragraphs: readonly Paragraph[];
  /** A status cell is tinted as the consolidated sheet tints it. */
  readonly status?: CountedStatus;
  /** Overdue: drawn as a warning. */
  readonly alert?: boolean;
  /** The cell is one number (an amount): a sheet writes it as a number. */
  readonly number?: number;
};

export type Paragraph = { readonly lead?: string; readonly text: string };

/** A cell of plain text lines. */
export function textCell(...lines: readonly (string | null | undefined)[]): ReportCell {
  return {
    paragraphs: lines
      .filter((line): line is string => line !== null && line !== undefined && line !== "")
      .map((text) => ({ text })),
  };
}

/** A paragraph's text as one line of plain text ("lead: text"). */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.lead === undefined ? paragraph.text : `${paragraph.lead}: ${paragraph.text}`;
}

/** A column at least as wide as its label's longest word (and a margin): a header never breaks a word. */
export function labelledColumn(label: string, width: number, align?: ReportColumn["align"]): ReportColumn {
  const longest = Math.max(0, ...label.split(/\s+/).map((word) => word.length));
  return { label, width: Math.max(width, longest + 3), ...(align === undefined ? {} : { align }) };
}
