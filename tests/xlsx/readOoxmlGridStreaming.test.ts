import { lastClosingTag } from "../../src/xlsx/read/fast/XmlChunker";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { buildPackage, sheetXml } from "./helpers/packageParts";

/**
 * The fast reader scans worksheets and the shared string table a mebibyte at a time, cut after a row or an
 * item: sheets of several mebibytes, in every layout the cut must survive, read exactly as SheetJS reads them.
 */
jest.setTimeout(120_000);

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Rows enough for more than 2 MiB of sheet: it is read in three pieces or more. */
const ROWS = 9_000;
const text = (r: number): string =>
  `Захід № ${r}: забезпечення доступу до послуг & «освіти» ${"ї".repeat(r % 97)}`;

function sharedStrings(count: number, prefix = ""): string {
  const p = prefix === "" ? "" : `${prefix}:`;
  const items = Array.from({ length: count }, (_, i) => `<${p}si><${p}t>${escape(text(i))}</${p}t></${p}si>`);
  return `<?xml version="1.0" encoding="UTF-8"?><${p}sst xmlns${prefix === "" ? "" : `:${prefix}`}="${NS_MAIN}">${items.join("")}</${p}sst>`;
}

const escape = (value: string): string => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function withStrings(sheet: string, strings = sharedStrings(ROWS)): Uint8Array {
  return buildPackage([{ name: "План", xml: sheet }], {
    extra: { "xl/sharedStrings.xml": strings },
    contentTypes: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  });
}

/** Rows of the given cells, each followed by numbers in columns H to M so that the sheet passes 2 MiB. */
function rows(cell: (r: number) => string, rowTag = (r: number) => `<row r="${r}">`, end = "</row>"): string {
  const prefix = /^<\/(\w+:)?/.exec(end)?.[1] ?? "";
  const numbers = (r: number): string =>
    Array.from(
      { length: 6 },
      (_, k) =>
        `<${prefix}c r="${String.fromCharCode(72 + k)}${r}"><${prefix}v>${r * 1000 + k}.25</${prefix}v></${prefix}c>`,
    ).join("");
  const xml = Array.from(
    { length: ROWS },
    (_, i) => `${rowTag(i + 1)}${cell(i + 1)}${numbers(i + 1)}${end}`,
  ).join("");
  if (xml.length < 2 * 1024 * 1024) throw new Error(`only ${xml.length} characters of rows`);
  return xml;
}

describe("the fast reader reads big parts piece by piece, exactly as SheetJS reads them whole", () => {
  it.each([
    [
      "shared strings and numbers, with r",
      rows((r) => `<c r="A${r}" t="s"><v>${r - 1}</v></c><c r="B${r}"><v>${r / 8}</v></c>`),
    ],
    [
      "rows and cells without r (numbering carried from piece to piece)",
      rows(
        (r) => `<c t="s"><v>${r - 1}</v></c><c><v>${r}</v></c>`,
        () => "<row>",
      ),
    ],
    [
      "self-closing rows between the others",
      rows(
        (r) => `<c r="C${r * 2}" t="s"><v>${r - 1}</v></c>`,
        (r) => `<row r="${r * 2 - 1}"/><row r="${r * 2}">`,
      ),
    ],
    [
      "inline strings with markup characters, line breaks and spaces between rows",
      rows(
        (r) => `<c r="A${r}" t="inlineStr"><is><t xml:space="preserve">${escape(text(r))}\r\n</t></is></c>`,
        (r) => `\n  <row r="${r}" spans="1:2">`,
        "</row>\n",
      ),
    ],
  ])("%s", (_what, sheetData) => {
    const grid = expectSameAsSheetJs(withStrings(sheetXml(sheetData))).grid;
    expect(grid.sheets[0]?.cells.length).toBeGreaterThanOrEqual(ROWS);
  });

  it("prefixed elements (x:row, x:si), a byte-order mark and a tail of merges after the rows", () => {
    const data = rows(
      (r) => `<x:c r="A${r}" t="s"><x:v>${r - 1}</x:v></x:c>`,
      (r) => `<x:row r="${r}">`,
      "</x:row>",
    );
    const merges = Array.from(
      { length: 500 },
      (_, i) => `<x:mergeCell ref="B${i * 2 + 1}:C${i * 2 + 2}"/>`,
    ).join("");
    const sheet = `\uFEFF<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData>${data}</x:sheetData><x:mergeCells>${merges}</x:mergeCells></x:worksheet>`;
    const grid = expectSameAsSheetJs(withStrings(sheet, `\uFEFF${sharedStrings(ROWS, "x")}`)).grid;
    expect(grid.sheets[0]?.merges).toHaveLength(500);
    expect(grid.sheets[0]?.cells[ROWS - 1]?.[0]).toEqual(text(ROWS - 1));
  });

  it("a comment between rows, far into the sheet, is left to SheetJS (the same grid)", () => {
    const data = rows((r) => `<c r="A${r}"><v>${r}</v></c>${r === ROWS - 5 ? "<!-- </row> -->" : ""}`);
    const grid = readWorkbook(withStrings(sheetXml(data)));
    expect(grid.sheets[0]?.cells[ROWS - 1]?.[0]).toEqual(ROWS);
  });
});

describe("lastClosingTag finds where a piece may end", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const row = bytes("row");
  it.each([
    ['<row r="1"><c/></row><row r="2">', 21],
    ['<x:row r="1"></x:row>  ', 21],
    ['<row r="1"/><row r="2">', -1],
    ["<x:row>", -1],
    ["<rows></rows>", -1],
    ["a</row>", 7],
    ["</my_ns1:row>", 13],
    ["< /row>", -1],
  ])("%s → %i", (text, end) => {
    expect(lastClosingTag(bytes(text), row)).toBe(end);
  });
});
