import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { unzipSync, zipSync } from "fflate";
import * as tables from "./docxTableXml";
import type { ReportBlock, ReportDocument, ReportTable } from "./ReportDocument";

/** A4 in twentieths of a point (portrait; the section turns it). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 851, bottom: 851, left: 1134, right: 567, header: 425, footer: 425 };
/** The text width of a landscape page. */
const TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** Where the text (and a table) starts on a page, in points from the left edge. */
export const DOCX_TEXT_LEFT = MARGIN.left / 20;
const { TABLE_TEXT, TABLE_HEADER } = tables;
/**
 * The style of the empty paragraph that holds a table's place while the library writes the document; the
 * table's XML replaces it. Text cannot forge it: text is escaped, a style is markup.
 */
const TABLE_SLOT = "PlanCheckTableSlot";
const SLOT_XML = `<w:p><w:pPr><w:pStyle w:val="${TABLE_SLOT}"/></w:pPr></w:p>`;

/** The columns' widths across a landscape page, in twentieths of a point. */
export function docxColumnWidths(table: ReportTable): number[] {
  return tables.docxColumnWidths(table, TEXT_WIDTH);
}

/**
 * The report as a Word document (.docx, through the `docx` library): A4 landscape, the title and the period,
 * heading styles for the sections, a table style (small type, borders, grey header row repeated on every
 * page), parts and goals as shaded rows across the table, status cells tinted as in the sheet, page numbers
 * in the footer. Every text is written as text runs: nothing in it is a field, a link or markup. The tables
 * are written by `docxTableXml` into the places the library's document keeps for them.
 */
export async function reportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const tableXml: string[] = [];
  const block = (b: ReportBlock): Paragraph[] => {
    if (b.kind !== "table") return textBlock(b);
    tableXml.push(tables.docxTableXml(b.table, TEXT_WIDTH));
    return [new Paragraph({ style: TABLE_SLOT }), new Paragraph({ children: [] })];
  };
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
          // Not bold: the header's widths keep every label word whole in regular type (docxColumnWidths).
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
  return fillTableSlots(await Packer.pack(document, "uint8array"), tableXml);
}

/** The package with each table slot of `word/document.xml` replaced by its table, in order. */
function fillTableSlots(pack: Uint8Array, tableXml: readonly string[]): Uint8Array {
  const parts = unzipSync(pack);
  const body = new TextDecoder().decode(parts["word/document.xml"]);
  const pieces = body.split(SLOT_XML);
  if (pieces.length !== tableXml.length + 1)
    throw new Error(`report: ${tableXml.length} tables but ${pieces.length - 1} places for them`);
  const filled = pieces.map((piece, i) => (i === 0 ? piece : tableXml[i - 1]! + piece)).join("");
  parts["word/document.xml"] = new TextEncoder().encode(filled);
  return zipSync(parts, { level: 6 });
}

function textBlock(b: Exclude<ReportBlock, { kind: "table" }>): Paragraph[] {
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
  }
}

/** A text's lines as runs, a line break between them; bold or not as the paragraph's style says. */
function runs(text: string): ParagraphChild[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
