import { strToU8 } from "fflate";
import { expectLeftToSheetJs, expectSameAsSheetJs } from "./helpers/bothReaders";
import { edgePackage, REL_TYPES, sheetRels, stylesXml } from "./helpers/edgePackages";
import { buildPackage, sheetXml } from "./helpers/packageParts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NOTES_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel">
<v:shapetype id="_x0000_t202"/>
<v:shape id="s1" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>10</x:Row><x:Column>4</x:Column></x:ClientData></v:shape>
<v:shape id="s2"><x:ClientData ObjectType="Note"><x:Visible/></x:ClientData></v:shape>
<v:shape id="s3"><x:ClientData ObjectType="Drop"><x:Row>40</x:Row><x:Column>40</x:Column></x:ClientData></v:shape>
</xml>`;
const COMMENTS = `<comments xmlns="${NS_MAIN}"><authors><author>A</author></authors><commentList>
<comment ref="D12" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Bold:</t></r><r><t xml:space="preserve"> note</t></r></text></comment>
<comment ref="B3" authorId="0"><text><t>on a value</t></text></comment>
</commentList></comments>`;
const THREADED = `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="F14" id="{1}" personId="{2}"><text>threaded</text></threadedComment></ThreadedComments>`;

describe("stub cells SheetJS adds for notes and hyperlinks", () => {
  it("comments, VML note shapes, threaded comments and hyperlinks on empty cells stretch the grid alike", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>v</t></is></c></row>',
      '<hyperlinks><hyperlink ref="H2" r:id="rId9"/><hyperlink ref="B20:C21" location="\'Sheet1\'!A1" display="x"/></hyperlinks><legacyDrawing r:id="rId2"/>',
    );
    const rels = sheetRels([
      ["rId1", REL_TYPES.comments, "../comments1.xml"],
      ["rId2", REL_TYPES.vml, "../drawings/vmlDrawing1.vml"],
      ["rId3", REL_TYPES.threaded, "../threadedComments/threadedComment1.xml"],
      ["rId9", REL_TYPES.hyperlink, "https://example.invalid/?a=1&amp;b=2"],
    ]).replace('Target="https', 'TargetMode="External" Target="https');
    const data = buildPackage([{ name: "Sheet1", xml, rels }], {
      extra: {
        "xl/comments1.xml": COMMENTS,
        "xl/drawings/vmlDrawing1.vml": NOTES_VML,
        "xl/threadedComments/threadedComment1.xml": THREADED,
      },
    });
    const cells = expectSameAsSheetJs(data).grid.sheets[0]?.cells ?? [];
    expect(cells).toHaveLength(21);
    expect(cells[1]).toHaveLength(8);
    expect(cells[10]).toHaveLength(5);
    expect(cells[11]).toHaveLength(4);
    expect(cells[13]).toHaveLength(6);
  });

  it("a hyperlink without ref ends SheetJS's hyperlink reading", () => {
    const xml = sheetXml(
      "",
      '<hyperlinks><hyperlink ref="A2"/><hyperlink location="x"/><hyperlink ref="C5"/></hyperlinks>',
    );
    expect(expectSameAsSheetJs(buildPackage([{ name: "S", xml }])).grid.sheets[0]?.cells).toEqual([
      [],
      [null],
    ]);
  });
});

describe("packages the fast reader leaves to SheetJS", () => {
  const drops = (data: Uint8Array): void => {
    const outcome = expectLeftToSheetJs(data);
    expect("result" in outcome && outcome.result.grid.sheets[0]?.cells).toEqual([]);
  };

  it("a number in a format SheetJS cannot look up (SheetJS loses the sheet)", () => {
    drops(edgePackage(['<row r="1"><c r="A1" s="1"><v>5</v></c></row>'], { styles: stylesXml([0, 27]) }));
  });

  it("a shared string index beyond the table (SheetJS loses the sheet)", () => {
    drops(edgePackage(['<row r="1"><c r="A1" t="s"><v>3</v></c></row>'], { strings: ["<t>a</t>"] }));
  });

  it("a date cell without a value, a rich inline string SheetJS cannot render (SheetJS loses the sheet)", () => {
    drops(edgePackage(['<row r="1"><c r="A1" t="d"/></row>']));
    drops(
      edgePackage(['<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><foo/></rPr><t>x</t></r></is></c></row>']),
    );
  });

  it("a formula text with a non-ASCII character reference (SheetJS garbles it)", () => {
    expectLeftToSheetJs(edgePackage(['<row r="1"><c r="A1" t="str"><v>&#1071;</v></c></row>']));
  });

  it("odd cell references and attributes SheetJS reads its own way", () => {
    for (const cell of [
      '<c r="$A$1"><v>1</v></c>',
      '<c r="a1"><v>1</v></c>',
      '<c R="B1"><v>1</v></c>',
      '<c x:t="s"><v>0</v></c>',
    ]) {
      expectLeftToSheetJs(edgePackage([`<row r="1">${cell}</row>`]));
    }
    expectLeftToSheetJs(edgePackage(['<row r="1"><c t="inlineStr"><is><t>r="C"</t></is></c></row>']));
  });

  it("Strict OOXML", () => {
    const strict = buildPackage([{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], {
      extra: {
        "xl/workbook.xml": `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    });
    expectLeftToSheetJs(strict);
  });

  it("malformed worksheet XML, a UTF-16 part, a missing comments part: SheetJS decides", () => {
    expectLeftToSheetJs(
      edgePackage(['<row r="1"><c r="A1"><v>1</v></row><row r="2"><c r="A2"><v>2</v></c></row>']),
    );
    expectLeftToSheetJs(edgePackage(['<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c></row>']));
    expectLeftToSheetJs(edgePackage(["<row r=1><c r=A1><v>1</v></c></row>"]));
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')).flatMap((ch) => [
        ch.charCodeAt(0),
        0,
      ]),
    ]);
    expectLeftToSheetJs(
      buildPackage([{ name: "S", xml: "" }], { extra: { "xl/worksheets/sheet1.xml": utf16 } }),
    );
    const rels = sheetRels([["rId1", REL_TYPES.comments, "../missing.xml"]]);
    expectLeftToSheetJs(
      buildPackage([{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), rels }]),
    );
  });

  it("a workbook whose sheet relationship is missing (SheetJS guesses the part)", () => {
    const data = buildPackage([{ name: "S", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], {
      extra: { "xl/_rels/workbook.xml.rels": strToU8(sheetRels([])) },
    });
    expectLeftToSheetJs(data);
  });
});
