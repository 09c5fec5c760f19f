import type { CountedStatus } from "../../engine";
import { FILL_RGB, stripIllegalXmlChars } from "../../xlsx";
import { paragraphText, type ReportCell, type ReportColumn, type ReportTable } from "./ReportDocument";

/**
 * The report's tables as WordprocessingML, written as text. A report of 2,000 measures is a table of tens of
 * thousands of cells; building it as `docx` objects cost more than reading all the returns, so the tables are
 * written here and `reportDocx` lets the library write everything around them (styles, sections, footer,
 * package). Every text from a plan or a return goes in as escaped character data of a `w:t`: never markup, a
 * field or a link.
 */

/** Table and cell borders: thin grey lines. */
const BORDER = `w:val="single" w:color="808080" w:sz="4"`;
/** The paragraph styles `reportDocx` defines for a table's cells and its header. */
export const TABLE_TEXT = "ReportTableText";
export const TABLE_HEADER = "ReportTableHeader";

const STATUS_FILL: Readonly<Record<CountedStatus, string | null>> = {
  done: FILL_RGB.done,
  in_progress: FILL_RGB.inProgress,
  not_done: FILL_RGB.notDone,
  not_applicable: FILL_RGB.notApplicable,
  no_status: null,
  not_reported: null,
};

/** Twentieths of a point a character of the 9-point header takes at most, on average (a wide font). */
const HEADER_CHARACTER = 120;
/** Left and right cell margins together (Word's default 0.19 cm each). */
const CELL_MARGINS = 216;

/**
 * The columns' widths across `textWidth` (twentieths of a point): in proportion to their widths, but never
 * narrower than their label's longest word in the header's type, so that no header word is broken.
 */
export function docxColumnWidths(table: ReportTable, textWidth: number): number[] {
  const least = table.columns.map(
    (c) => Math.max(0, ...c.label.split(/\s+/).map((w) => w.length)) * HEADER_CHARACTER + CELL_MARGINS,
  );
  const fixed = new Set<number>();
  for (;;) {
    const room = textWidth - [...fixed].reduce((n, i) => n + least[i]!, 0);
    const share = table.columns.reduce((n, c, i) => n + (fixed.has(i) ? 0 : c.width), 0);
    const widths = table.columns.map((c, i) => (fixed.has(i) ? least[i]! : (room * c.width) / share));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]!);
    if (narrow < 0 || fixed.size === table.columns.length - 1) return widths.map((w) => Math.floor(w));
    fixed.add(narrow);
  }
}

/** A table of `textWidth` twentieths of a point: the header row repeated on every page, fixed layout. */
export function docxTableXml(t: ReportTable, textWidth: number): string {
  const widths = docxColumnWidths(t, textWidth);
  const span = t.columns.length;
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:tblBorders>`,
    ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${BORDER}/>`).join(""),
    `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`,
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join(""),
    `</w:tblGrid>`,
    // The header: repeated on every page, kept on one page, grey, centred by its style.
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`,
    t.columns
      .map(
        (column, i) =>
          `<w:tc><w:tcPr>${width(widths[i]!)}${shading(FILL_RGB.header)}<w:vAlign w:val="center"/></w:tcPr>` +
          paragraph(TABLE_HEADER, null, runs(column.label, false)) +
          `</w:tc>`,
      )
      .join(""),
    `</w:tr>`,
  ];
  for (const row of t.rows) {
    if (row.kind === "heading") {
      const fill = row.level === 1 ? FILL_RGB.info : FILL_RGB.notApplicable;
      out.push(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="${span}"/>${shading(fill)}</w:tcPr>`,
        paragraph(TABLE_TEXT, null, runs(row.text, true)),
        `</w:tc></w:tr>`,
      );
      continue;
    }
    out.push(fitsPage(row.cells, t.columns) ? `<w:tr><w:trPr><w:cantSplit/></w:trPr>` : `<w:tr>`);
    row.cells.forEach((cell, i) => {
      const fill = fillOf(cell);
      // LibreOffice lays the columns out by the cells' widths, not only by the table grid.
      out.push(
        `<w:tc><w:tcPr>${width(widths[i]!)}${fill === null ? "" : shading(fill)}</w:tcPr>`,
        cellParagraphs(cell, t.columns[i]?.align, row.total === true),
        `</w:tc>`,
      );
    });
    out.push(`</w:tr>`);
  }
  out.push(`</w:tbl>`);
  return out.join("");
}

/**
 * Lines of 9-point text a landscape page holds with room for the repeated header: a row estimated within it
 * is kept on one page; a longer one may break across pages (else Word would cut it off).
 */
const ROW_LINES_ON_A_PAGE = 30;
/** Characters of 9-point type in a column one character of the default 11-point font wide. */
const CHARACTERS_PER_WIDTH = 1.2;

function fitsPage(cells: readonly ReportCell[], columns: readonly ReportColumn[]): boolean {
  const lines = cells.map((cell, i) => {
    const perLine = Math.max(1, Math.floor((columns[i]?.width ?? 10) * CHARACTERS_PER_WIDTH) - 2);
    return cell.paragraphs
      .flatMap((p) => paragraphText(p).split("\n"))
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return Math.max(0, ...lines) <= ROW_LINES_ON_A_PAGE;
}

function fillOf(cell: ReportCell): string | null {
  return cell.alert === true ? FILL_RGB.error : cell.status === undefined ? null : STATUS_FILL[cell.status];
}

function width(twips: number): string {
  return `<w:tcW w:type="dxa" w:w="${twips}"/>`;
}

function shading(fill: string): string {
  return `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
}

function cellParagraphs(cell: ReportCell, align: ReportColumn["align"], bold: boolean): string {
  // Left is the paragraphs' own alignment: not written again in every cell.
  const jc = align === "center" || align === "right" ? align : null;
  // A table cell must hold a paragraph, even an empty one.
  if (cell.paragraphs.length === 0) return paragraph(TABLE_TEXT, null, "");
  return cell.paragraphs
    .map((p) =>
      paragraph(TABLE_TEXT, jc, (p.lead === undefined ? "" : run(`${p.lead}: `, true)) + runs(p.text, bold)),
    )
    .join("");
}

function paragraph(style: string, jc: "center" | "right" | null, content: string): string {
  const alignment = jc === null ? "" : `<w:jc w:val="${jc}"/>`;
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${alignment}</w:pPr>${content}</w:p>`;
}

/** A text's lines as runs with a line break before every line but the first; bold, or as the style says. */
function runs(text: string, bold: boolean): string {
  return text
    .split("\n")
    .map((line, i) => run(line, bold, i > 0))
    .join("");
}

const BOLD = "<w:rPr><w:b/><w:bCs/></w:rPr>";

function run(text: string, bold: boolean, breakBefore = false): string {
  return `<w:r>${bold ? BOLD : ""}${breakBefore ? "<w:br/>" : ""}<w:t xml:space="preserve">${wordText(text)}</w:t></w:r>`;
}

/** Character data of a `w:t`: what XML 1.0 cannot hold removed, `& < >` escaped. */
export function wordText(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>]/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;",
  );
}
