import { strToU8, zipSync } from "fflate";
import type { CellMark } from "../../src/engine";
import { annotateWorkbook, InvalidAnnotationError } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import { entryText, buildPackage, sheetXml, unzipEntries } from "./helpers/packageParts";
import {
  attr,
  cellStyle,
  cellTag,
  expectPackageWellFormed,
  expectSortedSheetData,
  listEntries,
} from "./helpers/xmlChecks";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const mark = (
  rowIndex: number,
  colIndex: number,
  severity: CellMark["severity"] = "error",
  note = "note",
): CellMark => ({
  sheet: "S",
  rowIndex,
  colIndex,
  severity,
  note,
});
const annotate = (book: Uint8Array, marks: CellMark[]): Uint8Array =>
  annotateWorkbook(book, { marks, author: "PlanCheck", issuesSheet: null });
const str = (text: string): string => `<is><t>${text}</t></is>`;

describe("annotateWorkbook with existing notes and drawings", () => {
  const comments =
    `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Олена</author></authors><commentList>` +
    '<comment ref="A1" authorId="0"><text><t>Стара примітка</t></text></comment>' +
    '<comment ref="B1" authorId="0"><text><r><t>Друга</t></r></text></comment></commentList></comments>';
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>' +
    '<v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>' +
    '<v:shape id="_x0000_s1027" type="#_x0000_t201"><x:ClientData ObjectType="Button"/></v:shape></xml>';
  const rels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
    `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
  const book = buildPackage(
    [
      {
        name: "S",
        xml: sheetXml(
          `<row r="1"><c r="A1" t="inlineStr">${str("a")}</c><c r="B1" t="inlineStr">${str("b")}</c></row>`,
          '<drawing r:id="rId3"/><legacyDrawing r:id="rId1"/><tableParts count="0"/>',
        ),
        rels,
      },
    ],
    {
      extra: {
        "xl/comments1.xml": comments,
        "xl/drawings/vmlDrawing1.vml": vml,
        "xl/drawings/drawing1.xml": "<xdr:wsDr xmlns:xdr='x'/>",
        "xl/media/image1.png": png,
        "customXml/item1.xml": "<custom>keep me</custom>",
      },
    },
  );
  const out = annotate(book, [mark(0, 0, "warning", "Наша примітка"), mark(2, 3, "error", "Нова")]);

  it("keeps every existing comment and appends to the one on the same cell", () => {
    const xml = entryText(out, "xl/comments1.xml");
    expect(xml).toContain("Стара примітка");
    expect(xml).toContain("Друга");
    expect(xml).toMatch(
      /<comment ref="A1" authorId="0"><text><r><t>Стара примітка<\/t><\/r><r><t xml:space="preserve">\n\n<\/t><\/r>.*Наша примітка/s,
    );
    expect(xml.match(/<comment /g)).toHaveLength(3);
    expect(xml).toContain("<author>Олена</author><author>PlanCheck</author>");
    expect(xml).toMatch(/<comment ref="D3" authorId="1"/);
  });

  it("adds a note box for the new comment only, in a fresh id block, keeping the form control", () => {
    const drawing = entryText(out, "xl/drawings/vmlDrawing1.vml");
    expect(drawing.match(/<v:shape /g)).toHaveLength(4);
    expect(drawing).toContain('ObjectType="Button"');
    expect(drawing).toContain('data="1,2"');
    expect(drawing).toContain('id="_x0000_s2049"');
    expect(drawing).toContain("<x:Row>2</x:Row><x:Column>3</x:Column>");
  });

  it("adds no second legacyDrawing and no relationships, and leaves other parts as they were", () => {
    const sheet = entryText(out, "xl/worksheets/sheet1.xml");
    expect(sheet.match(/<legacyDrawing /g)).toHaveLength(1);
    expect(entryText(out, "xl/worksheets/_rels/sheet1.xml.rels")).toBe(rels);
    const input = unzipEntries(book);
    const output = unzipEntries(out);
    for (const name of ["xl/media/image1.png", "customXml/item1.xml", "xl/drawings/drawing1.xml"]) {
      expect(output[name]).toEqual(input[name]);
    }
    expectPackageWellFormed(out);
  });
});

describe("annotateWorkbook on unusual but valid worksheets", () => {
  it("handles prefixed SpreadsheetML and a worksheet without xmlns:r", () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const styles = `<?xml version="1.0"?><x:styleSheet xmlns:x="${ns}"><x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`;
    const book = buildPackage([{ name: "S", xml: sheet }], { styles });
    const out = annotateWorkbook(book, {
      marks: [mark(1, 1, "warning", "w"), mark(0, 0)],
      author: "A",
      issuesSheet: {
        name: "Issues",
        columns: ["a"],
        rows: [{ cells: ["=x"], link: { sheet: "s", rowIndex: 1, colIndex: 1, column: 0 } }],
      },
    });
    const xml = entryText(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<x:row r="1"><x:c r="A1" s="');
    expect(xml).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
    expect(xml).toContain(`xmlns:r="${REL}"`);
    expect(entryText(out, "xl/styles.xml")).toContain(
      '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFFEB9C"/>',
    );
    expectPackageWellFormed(out);
    const grid = readWorkbook(out);
    expect(grid.sheets.map((s) => s.name)).toEqual(["S", "Issues"]);
    expect(grid.sheets[0]?.cells[1]).toEqual([null, "x"]);
    expect(grid.sheets[1]?.cells).toEqual([["a"], ["=x"]]);
    expect(entryText(out, "xl/worksheets/sheet2.xml")).toContain(`location="'S'!B2"`);
  });

  it("keeps implicit positions of rows and cells without r", () => {
    const data = `<row><c t="inlineStr">${str("A1")}</c><c t="inlineStr">${str("B1")}</c></row><row><c/><c t="inlineStr">${str("B2")}</c></row><row r="5"><c r="C5" t="inlineStr">${str("C5")}</c></row>`;
    const book = buildPackage([{ name: "S", xml: sheetXml(data) }]);
    const out = annotate(book, [mark(0, 0), mark(1, 0), mark(0, 3), mark(3, 1)]);
    const grid = readWorkbook(out);
    const trimmed = grid.sheets[0]?.cells.map((row) => {
      const values = [...row];
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
      return values;
    });
    expect(trimmed).toEqual([["A1", "B1"], [null, "B2"], [], [], [null, null, "C5"]]);
    expectSortedSheetData(entryText(out, "xl/worksheets/sheet1.xml"));
  });

  it("creates absent cells with the row's or the column's style, and drops stale spans", () => {
    const styles = entryText(buildPackage([{ name: "S", xml: "" }]), "xl/styles.xml")
      .replace(
        '<cellXfs count="3">',
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs><x-removed count="3">',
      )
      .replace(/<x-removed[\s\S]*?<\/cellXfs>/, "");
    const data =
      '<row r="1" spans="1:2" s="3" customFormat="1"><c r="A1"/></row><row r="2" spans="1:1"><c r="A2"/></row>';
    const book = buildPackage(
      [
        {
          name: "S",
          xml: sheetXml(
            data,
            "",
            '<dimension ref="A1:A2"/><cols><col min="5" max="6" width="9" style="2" customWidth="1"/></cols>',
          ),
        },
      ],
      { styles },
    );
    const out = annotate(book, [mark(0, 4), mark(1, 4), mark(1, 9)]);
    const xml = entryText(out, "xl/worksheets/sheet1.xml");
    const outStyles = entryText(out, "xl/styles.xml");
    expect(cellStyle(xml, outStyles, "E1").xf).toContain("wrapText");
    expect(attr(cellStyle(xml, outStyles, "E2").xf, "fillId")).not.toBe("0");
    expect(cellTag(xml, "J2")).not.toBeNull();
    expect(xml).not.toContain("spans=");
    expect(xml).toContain('<dimension ref="A1:J2"/>');
  });

  it("fills an empty <sheetData/>, sorted", () => {
    const book = buildPackage([
      { name: "S", xml: sheetXml("").replace("<sheetData></sheetData>", "<sheetData/>") },
    ]);
    const xml = entryText(annotate(book, [mark(4, 1), mark(0, 2), mark(0, 0)]), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(
      /<sheetData><row r="1"><c r="A1" s="\d+"\/><c r="C1" s="\d+"\/><\/row><row r="5"><c r="B5" s="\d+"\/><\/row><\/sheetData>/,
    );
  });

  it("moves a mark inside a merged range to its top-left cell", () => {
    const book = buildPackage([
      {
        name: "S",
        xml: sheetXml(
          `<row r="1"><c r="A1" t="inlineStr">${str("m")}</c></row>`,
          '<mergeCells count="1"><mergeCell ref="A1:B3"/></mergeCells>',
        ),
      },
    ]);
    const out = annotate(book, [mark(2, 1, "warning", "inside"), mark(0, 0, "info", "top")]);
    const xml = entryText(out, "xl/worksheets/sheet1.xml");
    expect(cellStyle(xml, entryText(out, "xl/styles.xml"), "A1").fillRgb).toBe("FFEB9C");
    expect(cellTag(xml, "B3")).toBeNull();
    expect(entryText(out, "xl/comments1.xml")).toMatch(/inside\ntop/);
  });

  it("gives more than 1024 notes enough VML id blocks", () => {
    const book = buildPackage([{ name: "S", xml: sheetXml("") }]);
    const marks = Array.from({ length: 1500 }, (_, i) => mark(i, 0, "info", `n${i}`));
    const vml = entryText(annotate(book, marks), "xl/drawings/vmlDrawing1.vml");
    expect(vml).toContain('data="1,2"');
    expect(vml).toContain('id="_x0000_s2524"');
  });

  it("strips characters XML cannot hold and keeps _x000D_ literal", () => {
    const book = buildPackage([{ name: "S", xml: sheetXml("") }]);
    const out = annotateWorkbook(book, {
      marks: [mark(0, 0, "error", "bad\u0001char _x000D_")],
      author: 'Автор "A" & <B>',
      issuesSheet: { name: "I", columns: ["t"], rows: [{ cells: ["a\u0000b _x0041_"] }] },
    });
    expectPackageWellFormed(out);
    expect(readWorkbook(out).sheets[1]?.cells[1]).toEqual(["ab _x0041_"]);
    expect(entryText(out, "xl/comments1.xml")).toContain("badchar _x005F_x000D_");
  });

  it("reuses a comments relationship whose part is missing", () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/comments" Target="../comments9.xml"/></Relationships>`;
    const out = annotate(buildPackage([{ name: "S", xml: sheetXml(""), rels }]), [mark(0, 0, "info", "n")]);
    expect(entryText(out, "xl/comments9.xml")).toContain("n</t>");
    const outRels = entryText(out, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(outRels.match(/\/comments"/g)).toHaveLength(1);
    expect(outRels).toContain("vmlDrawing");
    expectPackageWellFormed(out);
  });

  it("creates styles.xml when the package has none", () => {
    const book = buildPackage([{ name: "S", xml: sheetXml("") }]);
    const files = unzipEntries(book);
    delete files["xl/styles.xml"];
    const rels = new TextDecoder()
      .decode(files["xl/_rels/workbook.xml.rels"])
      .replace(/<Relationship Id="rId2"[^>]*\/>/, "");
    files["xl/_rels/workbook.xml.rels"] = strToU8(rels);
    const out = annotate(zipSync(files), [mark(0, 0)]);
    const styles = entryText(out, "xl/styles.xml");
    expect(listEntries(styles, "fills", "fill")).toHaveLength(3);
    expect(entryText(out, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(entryText(out, "[Content_Types].xml").match(/\/xl\/styles.xml/g)).toHaveLength(1);
  });
});

describe("annotateWorkbook refuses annotations that do not fit", () => {
  const book = buildPackage([{ name: "S", xml: sheetXml("") }]);
  it.each([
    ["a missing sheet", { ...mark(0, 0), sheet: "Nope" }, /sheet "Nope"/],
    ["a negative row", mark(-1, 0), /outside the sheet/],
    ["a fractional column", mark(0, 1.5), /outside the sheet/],
    ["a column beyond XFD", mark(0, 16384), /outside the sheet/],
    ["a row beyond 1048576", mark(1048576, 0), /outside the sheet/],
    ["an unknown severity", { ...mark(0, 0), severity: "fatal" as CellMark["severity"] }, /severity/],
  ])("%s", (_what, bad, message) => {
    expect(() => annotate(book, [bad])).toThrow(InvalidAnnotationError);
    expect(() => annotate(book, [bad])).toThrow(message);
  });

  it("a link outside the issues sheet's columns or to a missing sheet", () => {
    const run = (link: { sheet: string; rowIndex: number; colIndex: number; column: number }): Uint8Array =>
      annotateWorkbook(book, {
        marks: [],
        author: "",
        issuesSheet: { name: "I", columns: ["a"], rows: [{ cells: ["x"], link }] },
      });
    expect(() => run({ sheet: "S", rowIndex: 0, colIndex: 0, column: 3 })).toThrow(InvalidAnnotationError);
    expect(() => run({ sheet: "T", rowIndex: 0, colIndex: 0, column: 0 })).toThrow(InvalidAnnotationError);
  });

  it("a Strict Open XML workbook", () => {
    const strict = buildPackage([{ name: "S", xml: sheetXml("") }], {
      extra: {
        "xl/workbook.xml":
          '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
    });
    expect(() => annotate(strict, [mark(0, 0)])).toThrow(/Strict Open XML/);
  });

  it("inputs that are not .xlsx packages", () => {
    expect(() => annotate(strToU8("a;b\n1;2\n"), [])).toThrow(WorkbookReadError);
    expect(() => annotate(new Uint8Array(0), [])).toThrow(WorkbookReadError);
    expect(() => annotate(book.slice(0, 200), [])).toThrow(/damaged/);
  });
});
