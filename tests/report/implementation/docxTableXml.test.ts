import { unzipSync } from "fflate";
import { docxTableXml, wordText } from "../../../src/report/implementation/docxTableXml";
import type { ReportDocument, ReportTable } from "../../../src/report/implementation/ReportDocument";
import { reportDocx } from "../../../src/report/implementation/reportDocx";

const HOSTILE = `</w:t></w:r><w:fldSimple w:instr="HYPERLINK x"/><w:r><w:t>&amp; <b>\u0001\u0008 "q"`;

const table: ReportTable = {
  columns: [
    { label: "№", width: 4, align: "center" },
    { label: "Measure & <text>", width: 30 },
    { label: "Status", width: 10, align: "center" },
  ],
  rows: [
    { kind: "heading", level: 1, text: "Goal 1" },
    {
      kind: "cells",
      cells: [
        { paragraphs: [{ text: "1.1" }] },
        { paragraphs: [{ text: `first line\n${HOSTILE}` }, { lead: "Agency <A>", text: "done" }] },
        { paragraphs: [{ text: "done" }], status: "done" },
      ],
    },
    { kind: "cells", cells: [{ paragraphs: [] }, { paragraphs: [{ text: "x" }] }, { paragraphs: [] }] },
  ],
};

/** The texts of the `w:t` elements, unescaped, in document order. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) =>
    m[1]!.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"),
  );
}

describe("docxTableXml", () => {
  const xml = docxTableXml(table, 15137);

  it("writes every text as character data, whatever markup it holds", () => {
    expect(xml).not.toContain("<w:fldSimple");
    expect(xml).not.toContain("<b>");
    expect(texts(xml)).toEqual([
      "№",
      "Measure & <text>",
      "Status",
      "Goal 1",
      "1.1",
      "first line",
      HOSTILE.replace("\u0001\u0008", ""),
      "Agency <A>: ",
      "done",
      "done",
      "x",
    ]);
  });

  it("repeats the header, spans headings over the table, breaks lines inside a paragraph, keeps empty cells", () => {
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain(`<w:gridSpan w:val="3"/>`);
    expect(xml).toContain(`<w:r><w:br/><w:t xml:space="preserve">${wordText(HOSTILE)}</w:t></w:r>`);
    // one row of three cells for the header, one heading cell, two rows of three
    expect(xml.match(/<w:tc>/g)).toHaveLength(3 + 1 + 3 + 3);
    // an empty cell still holds a paragraph
    expect(xml.match(/<w:tc>(?:(?!<\/w:tc>).)*<\/w:tc>/g)!.every((cell) => cell.includes("<w:p>"))).toBe(
      true,
    );
  });

  it("writes the column widths into the grid and the cells, summing to the text width at most", () => {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15137);
    expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(15137 - 3);
    expect(xml).toContain(`<w:tcW w:type="dxa" w:w="${grid[1]}"/>`);
  });
});

describe("reportDocx", () => {
  it("puts each table where its block stands, and nothing of the places kept for them remains", async () => {
    const doc: ReportDocument = {
      language: "en",
      title: "Report <title>",
      subtitle: [],
      footer: { before: "Page ", between: " of ", after: "" },
      blocks: [
        { kind: "heading", level: 1, text: "Before" },
        { kind: "table", table },
        { kind: "paragraph", text: "Between" },
        { kind: "table", table: { ...table, rows: [] } },
        { kind: "paragraph", text: "After" },
      ],
      sheetName: "Report",
      fileName: "report",
    };
    const parts = unzipSync(await reportDocx(doc));
    const body = new TextDecoder().decode(parts["word/document.xml"]);
    expect(body).not.toContain("PlanCheckTableSlot");
    expect(body.match(/<w:tbl>/g)).toHaveLength(2);
    const order = ["Before", "Goal 1", "Between", "After"].map((text) =>
      body.indexOf(`<w:t xml:space="preserve">${text}</w:t>`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/styles.xml"]));
  });
});
