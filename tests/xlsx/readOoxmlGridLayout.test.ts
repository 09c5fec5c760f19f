import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { edgePackage, prefixedSheetXml, stylesXml } from "./helpers/edgePackages";
import { buildPackage, sheetXml } from "./helpers/packageParts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Rows of one cell each, so every case shows up on its own row. */
const column = (cells: readonly string[]): string =>
  cells.map((cell, i) => `<row r="${i + 1}">${cell.replace(/@/g, `A${i + 1}`)}</row>`).join("");

/** Date and number styles: index = position in this list. */
const DATE_STYLES = stylesXml(
  [0, 14, 22, 164, 165, 166, 167, 168, 169, 170, 171, 2, 49, 46, 18, 172],
  [
    [164, "dd.mm.yyyy"],
    [165, '"Date: "0'],
    [166, "[h]:mm"],
    [167, "yyyy-mm-dd hh:mm:ss"],
    [168, "0.00_);[Red](0.00)"],
    [169, "[$-422]d mmmm yyyy"],
    [170, "General"],
    [171, '#,##0\\ "грн"'],
    [172, "B2yyyy"],
  ],
);

const CASES: ReadonlyArray<readonly [string, Uint8Array]> = [
  [
    "dates in the 1900 system: built-in and custom formats, the 1900 leap-year bug, snapping, ISO cells",
    edgePackage(
      [
        Array.from({ length: 16 }, (_, s) =>
          [45306.6, 60, 60.5, 61, 0, -1, 1, 0.25, 45306.999999999]
            .map((v, c) => `<c r="${String.fromCharCode(65 + c)}${s + 1}" s="${s}"><v>${v}</v></c>`)
            .join(""),
        )
          .map((cells, r) => `<row r="${r + 1}">${cells}</row>`)
          .join("") +
          '<row r="17"><c r="A17" t="d"><v>2024-01-15</v></c><c r="B17" t="d"><v>2024-01-15T12:30:15.25</v></c>' +
          '<c r="C17" t="d"><v>12:30</v></c><c r="D17" t="d"><v>2024-01-15T00:00:00Z</v></c><c r="E17" t="d"><v>garbage</v></c>' +
          '<c r="F17" s="99"><v>45306</v></c><c r="G17" s="3"><v>abc</v></c></row>',
      ],
      { styles: DATE_STYLES },
    ),
  ],
  [
    "dates in the 1904 system",
    edgePackage(
      [
        '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>-1401.5</v></c><c r="C1" s="2"><v>43844.5</v></c>' +
          '<c r="D1" s="0"><v>5</v></c><c r="E1" t="d"><v>08:15</v></c></row>',
      ],
      { styles: DATE_STYLES, workbookHead: '<workbookPr date1904="true"/>' },
    ),
  ],
  [
    "cells and rows without r, self-closing rows, cells out of order and repeated",
    edgePackage([
      '<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row>' +
        '<row r="3" spans="1:3"/><row><c t="inlineStr"><is><t>row 2</t></is></c><c/><c><v>x</v></c></row>' +
        '<row r="5"><c r="D5"><v>4</v></c><c r="B5"><v>2</v></c><c r="D5"><v>5</v></c><c><v>6</v></c></row>' +
        '<row r="7"><c r="B9"><v>elsewhere</v></c></row><row><c><v>8</v></c></row>' +
        '<row r="10" x14ac:dyDescent="0.25" ht="15" customHeight="1" xml:space="preserve"><c r="XFD10"><v>1</v></c></row>',
    ]),
  ],
  [
    "namespace-prefixed parts (worksheet, shared strings, workbook)",
    buildPackage(
      [
        {
          name: "Префікс",
          xml: prefixedSheetXml(
            '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1</x:f><x:v>1</x:v></x:c>' +
              '<x:c r="C1" t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c></x:row>',
            '<x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells>',
          ),
        },
      ],
      {
        extra: {
          "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="${NS_MAIN}" xmlns:r="${NS_REL}"><x:workbookPr/><x:sheets><x:sheet name="Префікс" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
          "xl/sharedStrings.xml": `<x:sst xmlns:x="${NS_MAIN}"><x:si><x:t>shared</x:t></x:si></x:sst>`,
        },
        contentTypes: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      },
    ),
  ],
  [
    "empty sheets, a sheet with only merges, hidden and very hidden sheets, names with escapes",
    buildPackage([
      { name: "Empty", xml: sheetXml("") },
      { name: "No data", xml: `<worksheet xmlns="${NS_MAIN}"><sheetData/></worksheet>`, state: "hidden" },
      {
        name: "Merges & more _x0041_",
        xml: `<worksheet xmlns="${NS_MAIN}"><sheetData/><mergeCells count="4"><mergeCell ref="A1:H1"/><mergeCell ref="C3"/><mergeCell ref="D5:B2"/><mergeCell xr:uid="{1}" ref="A9:B9"/></mergeCells></worksheet>`,
        state: "veryHidden",
      },
      {
        name: "Rows only",
        xml: sheetXml('<row r="1"/><row r="2" spans="1:2"></row><row r="3"><c r="A3" s="1"/></row>'),
      },
      {
        name: "No sheetData",
        xml: `<worksheet xmlns="${NS_MAIN}"><mergeCells><mergeCell ref="B2:C3"/></mergeCells></worksheet>`,
      },
    ]),
  ],
  [
    "cell attributes Excel and others add (xml:space, cm, vm, ph, single quotes)",
    edgePackage([
      column([
        '<c r="@" t="str" xml:space="preserve"><v> spaced </v></c>',
        '<c r="@" s="0" t="n" cm="1" vm="2" ph="1"><v>3</v></c>',
        "<c r='@' t='str'><v>single</v></c>",
        '<c  r="@"   t="b" ><v>1</v></c>',
      ]),
    ]),
  ],
];

describe("dates, placement and package layouts: the fast reader gives exactly SheetJS's grid", () => {
  it.each(CASES)("%s", (_name, data) => {
    expectSameAsSheetJs(data);
  });

  it("reads dates as SheetJS does: UTC, the fictitious 1900-02-29 kept as a number", () => {
    const cells = expectSameAsSheetJs(CASES[0]?.[1] ?? new Uint8Array()).grid.sheets[0]?.cells ?? [];
    expect(cells[1]?.slice(0, 4)).toEqual([
      new Date("2024-01-15T14:24:00.000Z"),
      60,
      60.5,
      new Date("1900-03-01T00:00:00.000Z"),
    ]);
  });
});
