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
import type { CountedStatus } from "../../engine/consolidate";
import { FILL_RGB } from "../../xlsx/ooxml/styleTraits";
import type {
  Paragraph as ReportParagraph,
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportTable,
} from "./ReportDocument";

/** A4 in twentieths of a point (portrait; the section turns it). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 851, bottom: 851, left: 1134, right: 567, header: 425, footer: 425 };
/** The text width of a landscape page. */
const TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
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

function table(t: ReportTable): Table {
  const total = t.columns.reduce((n, c) => n + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / total));
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
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
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
  const alignment =
    align === "center" ? AlignmentType.CENTER : align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const paragraphs = cell.paragraphs.map(
    (p: ReportParagraph) =>
      new Paragraph({
        style: TABLE_TEXT,
        alignment,
        children: [
          ...(p.lead === undefined ? [] : [new TextRun({ text: `${p.lead}: `, bold: true })]),
          ...runs(p.text, bold),
        ],
      }),
  );
  // A table cell must hold a paragraph, even an empty one.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: TABLE_TEXT, children: [] })];
}

/** A text's lines as runs, a line break between them. */
function runs(text: string, bold = false): ParagraphChild[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}
