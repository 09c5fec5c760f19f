import type { CellRange } from "../../engine";
import type { CountedStatus } from "../../engine";
import { linesNeeded, LINE_HEIGHT } from "../../xlsx";
import type { CellInput, CellStyleName, SheetSpec } from "../../xlsx";
import {
  paragraphText,
  type ReportBlock,
  type ReportCell,
  type ReportColumn,
  type ReportDocument,
  type ReportTable,
} from "./ReportDocument";

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Lines of 11-point text one row holds (a longer text goes on on the next row). */
const MAX_LINES = Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT) - 1;
const TITLE_LINE = 20;

const STATUS_FILL: Readonly<Record<CountedStatus, CellStyleName | null>> = {
  done: "done",
  in_progress: "inProgress",
  not_done: "notDone",
  not_applicable: "notApplicable",
  no_status: null,
  not_reported: null,
};

/**
 * The report as one print-ready sheet: title and summary first, the measures table from a new page with its
 * header repeated on every page; A4 landscape fitted to the page width, wrapped text, parts and goals as
 * heading rows across the table, page numbers in the footer. The measures table sets the columns; a table
 * with fewer columns (the summary) spreads its first column over the spare ones. A measure whose cells are
 * longer than a row can hold (409 points) goes on over further rows (its reports one per row), so nothing is
 * cut, on screen or on paper. Values are written as values (text as text, amounts as numbers): no formulas.
 */
export function reportSheet(doc: ReportDocument): SheetSpec {
  const tables = doc.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const main = tables.find((table) => table.flow !== undefined) ?? tables[0];
  const widths = main?.columns.map((column) => column.width) ?? [120];
  const sheet = new SheetBuilder(widths);
  sheet.line(doc.title, ["title", "wrap", "center"], TITLE_LINE, 14 / 11);
  for (const line of doc.subtitle) sheet.line(line, ["muted", "wrap", "center"]);
  sheet.blank();
  for (const block of doc.blocks) addBlock(sheet, block, block.kind === "table" && block.table === main);
  return {
    name: doc.sheetName,
    rows: sheet.rows,
    columnWidths: widths,
    rowHeights: sheet.heights,
    merges: sheet.merges,
    pageBreaks: sheet.breaks,
    print: {
      landscape: true,
      fitToWidth: true,
      ...(sheet.header === null ? {} : { titleRows: { first: sheet.header, last: sheet.header } }),
      footer: `${doc.footer.before}{page}${doc.footer.between}{pages}${doc.footer.after}`,
    },
  };
}

function addBlock(sheet: SheetBuilder, block: ReportBlock, main: boolean): void {
  switch (block.kind) {
    case "heading":
      if (block.pageBreakBefore === true && sheet.rows.length > 0) sheet.breaks.push(sheet.rows.length);
      sheet.line(block.text, block.level === 1 ? ["title", "wrap"] : ["bold", "wrap"], TITLE_LINE, 14 / 11);
      return;
    case "paragraph":
      sheet.line(block.text, ["wrap"]);
      sheet.blank();
      return;
    case "list":
      for (const item of block.items) sheet.line(`• ${item}`, ["wrap"]);
      sheet.blank();
      return;
    case "table":
      addTable(sheet, block.table, main);
      sheet.blank();
  }
}

function addTable(sheet: SheetBuilder, given: ReportTable, main: boolean): void {
  const table = fitTable(given, sheet.widths.length);
  const spans = columnSpans(table.columns.length, sheet.widths.length);
  if (main) sheet.header = sheet.rows.length;
  sheet.cells(
    table.columns.map((column) => ({ lines: [column.label], style: ["header"] })),
    spans,
  );
  for (const row of table.rows) {
    if (row.kind === "heading") {
      const style: CellStyleName[] =
        row.level === 1 ? ["bold", "info", "wrap", "border"] : ["bold", "notApplicable", "wrap", "border"];
      sheet.line(row.text, style);
      continue;
    }
    const cells = row.cells.map((cell, i) => ({
      lines: cell.paragraphs.map(paragraphText),
      style: cellStyle(cell, table.columns[i], row.total === true),
      ...(cell.number === undefined ? {} : { number: cell.number }),
    }));
    sheet.cells(cells, spans, table.flow ?? -1);
  }
}

function cellStyle(cell: ReportCell, column: ReportColumn | undefined, total: boolean): CellStyleName[] {
  const style: CellStyleName[] = ["wrap", "border"];
  if (column?.align === "center") style.push("center");
  if (cell.number !== undefined) style.push("decimal");
  const fill = cell.alert === true ? "error" : cell.status === undefined ? null : STATUS_FILL[cell.status];
  if (fill !== null) style.push(fill);
  if (total) style.push("bold");
  return style;
}

/** Grid columns each table column covers: the first one takes the spare columns of a narrower table. */
function columnSpans(count: number, grid: number): { first: number; last: number }[] {
  const spare = grid - count;
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? { first: 0, last: spare } : { first: spare + i, last: spare + i },
  );
}

/**
 * A table with more columns than the grid keeps its first column and puts the others, each led by its label,
 * as lines of one cell beside it.
 */
function fitTable(table: ReportTable, grid: number): ReportTable {
  if (table.columns.length <= grid) return table;
  const [first, ...rest] = table.columns;
  const width = rest.reduce((n, c) => n + c.width, 0);
  return {
    columns: [first!, { label: rest.map((c) => c.label).join(" · "), width }],
    rows: table.rows.map((row) =>
      row.kind === "heading"
        ? row
        : {
            ...row,
            cells: [
              row.cells[0] ?? { paragraphs: [] },
              {
                paragraphs: row.cells.slice(1).map((cell, i) => ({
                  lead: rest[i]?.label ?? "",
                  text: cell.paragraphs.map(paragraphText).join(" "),
                })),
              },
            ],
          },
    ),
  };
}

type SheetCell = { lines: readonly string[]; style: CellStyleName[]; number?: number };

class SheetBuilder {
  readonly rows: CellInput[][] = [];
  readonly heights: (number | null)[] = [];
  readonly merges: CellRange[] = [];
  readonly breaks: number[] = [];
  /** The row of the measures table's header, repeated on every page. */
  header: number | null = null;
  private readonly total: number;

  constructor(readonly widths: readonly number[]) {
    this.total = widths.reduce((n, w) => n + w, 0);
  }

  /** One text across the whole width; `scale`: the font's size against 11 points. */
  line(text: string, style: CellStyleName[], lineHeight = LINE_HEIGHT, scale = 1): void {
    const r = this.rows.length;
    this.rows.push([{ value: text, style }, ...this.widths.slice(1).map(() => ({ value: null, style }))]);
    this.heights.push(linesNeeded(text, Math.floor(this.total / scale)) * lineHeight);
    if (this.widths.length > 1)
      this.merges.push({ rowIndex: r, colIndex: 0, lastRowIndex: r, lastColIndex: this.widths.length - 1 });
  }

  blank(): void {
    this.rows.push([]);
    this.heights.push(null);
  }

  /**
   * A table row, on as many sheet rows as its longest cell needs: a row holds at most {@link MAX_LINES}
   * lines. The `flow` column goes on by paragraphs (one per row once they do not fit one row together), any
   * other cell by words. No cell is merged down, so a page break between those rows cuts nothing.
   */
  cells(cells: readonly SheetCell[], spans: readonly { first: number; last: number }[], flow = -1): void {
    const width = (i: number): number => {
      const span = spans[i]!;
      let w = 0;
      for (let c = span.first; c <= span.last; c++) w += this.widths[c] ?? 0;
      return w;
    };
    const pieces = cells.map((cell, i) => rowPieces(cell.lines, width(i), i === flow));
    const count = Math.max(1, ...pieces.map((p) => p.length));
    const top = this.rows.length;
    for (let p = 0; p < count; p++) {
      const row: CellInput[] = [];
      let lines = 1;
      cells.forEach((cell, i) => {
        const { first, last } = spans[i]!;
        const piece = pieces[i]![p];
        const text = piece ?? "";
        if (piece !== undefined) lines = Math.max(lines, linesNeeded(piece, width(i)));
        const value = p === 0 && cell.number !== undefined ? cell.number : text === "" ? null : text;
        for (let c = first; c <= last; c++) row[c] = { value: c === first ? value : null, style: cell.style };
        if (last > first)
          this.merges.push({ rowIndex: top + p, colIndex: first, lastRowIndex: top + p, lastColIndex: last });
      });
      this.rows.push(row);
      this.heights.push(Math.min(lines, MAX_LINES + 1) * LINE_HEIGHT);
    }
  }
}

/**
 * A cell's lines as the texts of consecutive rows, each within {@link MAX_LINES}: all in one row when they fit,
 * else (by paragraphs) one paragraph a row, a paragraph still too long cut at word boundaries.
 */
function rowPieces(lines: readonly string[], width: number, byParagraph: boolean): string[] {
  const whole = lines.join("\n");
  if (linesNeeded(whole, width) <= MAX_LINES) return whole === "" ? [] : [whole];
  const pieces = byParagraph ? lines.flatMap((line) => split(line, width)) : split(whole, width);
  return pieces;
}

/** A text cut at word boundaries (a word longer than a row can hold, within it) into pieces a row can hold. */
function split(text: string, width: number): string[] {
  if (linesNeeded(text, width) <= MAX_LINES) return [text];
  const most = MAX_LINES * Math.max(1, width - 2);
  const words = text.split(/(?<=\s)/).flatMap((word) => {
    const parts: string[] = [];
    for (let at = 0; at < word.length; at += most) parts.push(word.slice(at, at + most));
    return parts;
  });
  const pieces: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current + word;
    if (current !== "" && linesNeeded(next, width) > MAX_LINES) {
      pieces.push(current.trimEnd());
      current = word.trimStart();
    } else current = next;
  }
  if (current.trim() !== "") pieces.push(current.trimEnd());
  return pieces;
}
