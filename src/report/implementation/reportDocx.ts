import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { CountedStatus } from "../../engine";
import { FILL_RGB } from "../../xlsx";
import {
  paragraphText,
  type Paragraph as ReportParagraph,
  type ReportBlock,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from "./ReportDocument";

/** A4 in twentieths of a point (portrait; the section turns it). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 851, bottom: 851, left: 1134, right: 567, header: 425, footer: 425 };
/** The text width of a landscape page. */
const TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** Where the text (and a table) starts on a page, in points from the left edge. */
export const DOCX_TEXT_LEFT = MARGIN.left / 20;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;
const TABLE_TEXT = "ReportTableText";
const TABLE_HEADER = "ReportTableHeader";

const STATUS_FILL: Readonly<Record<CountedStatus, string | null>> = {
  done: FILL_RGB.done,
  in_progress: FILL_RGB.inProgress,
  not_done: FILL_RGB.notDone,
  not_applicable: FILL_RGB.notApplicable,
  no_status: null,
  not_reported: null,
};

/**
 * The report as a Word document (.docx, through the `docx` library): A4 landscape, the title and the period,
 * heading styles for the sections, a table style (small type, borders, grey header row repeated on every
 * page), parts and goals as shaded rows across the table, status cells tinted as in the sheet, page numbers
 * in the footer. Every text is written as text runs: nothing in it is a field, a link or markup.
 */
export async function reportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: "PlanCheck",
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 22 }, paragraph: { spacing: { after: 80 } } },
        title: {
          run: { size: 28, bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
        },
        heading1: {
          run: { size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { size: 22, bold: true },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT,
          name: "Report Table Text",
          basedOn: "Normal",
          run: { size: 18 },
          paragraph: { spacing: { after: 40 } },
        },
        {
          id: TABLE_HEADER,
          name: "Report Table Header",
          basedOn: TABLE_TEXT,
          run: { bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: [
                      doc.footer.before,
                      PageNumber.CURRENT,
                      doc.footer.between,
                      PageNumber.TOTAL_PAGES,
                      doc.footer.after,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
          ...doc.subtitle.map(
            (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(line) }),
          ),
          ...doc.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}

function block(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          pageBreakBefore: b.pageBreakBefore === true,
          children: runs(b.text),
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: runs(b.text) })];
    case "list":
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case "table":
      return [table(b.table), new Paragraph({ children: [] })];
  }
}

/** Twentieths of a point a character of the 9-point bold header takes at most, on average (a wide font). */
const HEADER_CHARACTER = 120;
/** Left and right cell margins together (Word's default 0.19 cm each). */
const CELL_MARGINS = 216;

/**
 * The columns' widths across the page, in twentieths of a point: in proportion to their widths, but never
 * narrower than their label's longest word in the header's type, so that no header word is broken.
 */
export function docxColumnWidths(table: ReportTable): number[] {
  const least = table.columns.map(
    (c) => Math.max(0, ...c.label.split(/\s+/).map((w) => w.length)) * HEADER_CHARACTER + CELL_MARGINS,
  );
  const fixed = new Set<number>();
  for (;;) {
    const room = TEXT_WIDTH - [...fixed].reduce((n, i) => n + least[i]!, 0);
    const share = table.columns.reduce((n, c, i) => n + (fixed.has(i) ? 0 : c.width), 0);
    const widths = table.columns.map((c, i) => (fixed.has(i) ? least[i]! : (room * c.width) / share));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]!);
    if (narrow < 0 || fixed.size === table.columns.length - 1) return widths.map((w) => Math.floor(w));
    fixed.add(narrow);
  }
}

function table(t: ReportTable): Table {
  const widths = docxColumnWidths(t);
  const span = t.columns.length;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: shading(FILL_RGB.header),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [new Paragraph({ style: TABLE_HEADER, children: runs(column.label) })],
        }),
    ),
  });
  const rows = t.rows.map((row) =>
    row.kind === "heading"
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: span,
              shading: shading(row.level === 1 ? FILL_RGB.info : FILL_RGB.notApplicable),
              children: [new Paragraph({ style: TABLE_TEXT, children: runs(row.text, true) })],
            }),
          ],
        })
      : new TableRow({
          cantSplit: fitsPage(row.cells, t.columns),
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                // LibreOffice lays the columns out by the cells' widths, not only by the table grid.
                width: { size: widths[i]!, type: WidthType.DXA },
                ...fillOf(cell),
                children: cellParagraphs(cell, t.columns[i]?.align, row.total === true),
              }),
          ),
        }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

/**
 * Lines of 9-point text a landscape page holds with room for the repeated header: a row estimated within it
 * is kept on one page; a longer one may break across pages (else Word would cut it off).
 */
const ROW_LINES_ON_A_PAGE = 30;
/** Characters of 9-point type in a column one character of the default 11-point font wide. */
const CHARACTERS_PER_WIDTH = 1.2;

function fitsPage(cells: readonly ReportCell[], columns: ReportTable["columns"]): boolean {
  const lines = cells.map((cell, i) => {
    const perLine = Math.max(1, Math.floor((columns[i]?.width ?? 10) * CHARACTERS_PER_WIDTH) - 2);
    return cell.paragraphs
      .flatMap((p) => paragraphText(p).split("\n"))
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return Math.max(0, ...lines) <= ROW_LINES_ON_A_PAGE;
}

function fillOf(cell: ReportCell): { shading?: ReturnType<typeof shading> } {
  const fill =
    cell.alert === true ? FILL_RGB.error : cell.status === undefined ? null : STATUS_FILL[cell.status];
  return fill === null ? {} : { shading: shading(fill) };
}

function shading(fill: string) {
  return { type: ShadingType.CLEAR, color: "auto", fill };
}

function cellParagraphs(
  cell: ReportCell,
  align: "left" | "center" | "right" | undefined,
  bold: boolean,
): Paragraph[] {
  // Left is the paragraphs' own alignment: not written again in every cell.
  const alignment =
    align === "center"
      ? { alignment: AlignmentType.CENTER }
      : align === "right"
        ? { alignment: AlignmentType.RIGHT }
        : {};
  const paragraphs = cell.paragraphs.map(
    (p: ReportParagraph) =>
      new Paragraph({
        style: TABLE_TEXT,
        ...alignment,
        children: [
          ...(p.lead === undefined ? [] : [new TextRun({ text: `${p.lead}: `, bold: true })]),
          ...runs(p.text, bold ? true : "style"),
        ],
      }),
  );
  // A table cell must hold a paragraph, even an empty one.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: TABLE_TEXT, children: [] })];
}

/**
 * A text's lines as runs, a line break between them; `bold` "style": as the paragraph's style says (the
 * measures table's cells: a report of 2,000 measures has tens of thousands of runs, each property costs).
 */
function runs(text: string, bold: boolean | "style" = false): ParagraphChild[] {
  return text
    .split("\n")
    .map(
      (line, i) =>
        new TextRun({ text: line, ...(bold === "style" ? {} : { bold }), ...(i > 0 ? { break: 1 } : {}) }),
    );
}
