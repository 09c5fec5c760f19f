import { readFileSync } from "node:fs";
import { cellAddress } from "../../src/engine/grid/address";
import type { SheetGrid } from "../../src/engine/grid/SheetGrid";
import { rangeRef } from "../../src/xlsx/ooxml/cellRefs";
import { readWorkbook, readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { planFixtures, readBytes, submissionFixtures } from "./helpers/fixtures";
import { buildPackage, sheetXml } from "./helpers/packageParts";

type Truth = {
  sheets: { name: string; merged_ranges: string[] }[];
  measures: {
    sheet: string;
    row: number;
    measure_text: string;
    fields: Record<string, { raw: string | null; column: string | null }>;
  }[];
};

function expectNoHoles(sheet: SheetGrid): void {
  sheet.cells.forEach((row) => {
    for (let c = 0; c < row.length; c++) {
      expect(c in row).toBe(true);
      expect(row[c]).not.toBeUndefined();
    }
  });
}

function at(sheet: SheetGrid | undefined, a1Row: number, column: string): unknown {
  return sheet?.cells[a1Row - 1]?.[column.charCodeAt(0) - 65] ?? null;
}

describe("readWorkbook on the plan fixtures", () => {
  it.each(planFixtures())(
    "$name: sheets, merges and measure texts match the ground truth",
    ({ path, truthPath }) => {
      const truth = JSON.parse(readFileSync(truthPath, "utf8")) as Truth;
      const grid = readWorkbook(readBytes(path));
      expect(grid.sheets.map((s) => s.name)).toEqual(truth.sheets.map((s) => s.name));
      for (const [i, sheet] of grid.sheets.entries()) {
        expectNoHoles(sheet);
        const merges = (sheet.merges ?? []).map(rangeRef).sort();
        expect(merges).toEqual([...(truth.sheets[i]?.merged_ranges ?? [])].sort());
      }
      for (const measure of truth.measures) {
        const sheet = grid.sheets.find((s) => s.name === measure.sheet);
        for (const field of Object.values(measure.fields)) {
          if (field.column === null || field.raw === null) continue;
          const value = at(sheet, measure.row, field.column);
          expect(value === null ? "" : String(value)).toBe(field.raw);
        }
      }
    },
  );

  it.each(submissionFixtures())("$name reads formula-like text as strings", ({ path }) => {
    const grid = readWorkbook(readBytes(path));
    const texts = grid.sheets
      .flatMap((s) => s.cells.flat())
      .filter((v): v is string => typeof v === "string");
    expect(texts.length).toBeGreaterThan(10);
    for (const sheet of grid.sheets) expectNoHoles(sheet);
  });

  it("keeps =HYPERLINK(…) and +2 центри as text", () => {
    const file = submissionFixtures().find((f) => f.name.includes("ukrt"));
    const values = readWorkbook(readBytes(file?.path ?? "")).sheets.flatMap((s) => s.cells.flat());
    expect(values).toContain('=HYPERLINK("http://example.invalid","x")');
    expect(values).toContain("+2 центри");
  });
});

describe("readWorkbook cell mapping", () => {
  const data =
    '<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
    '<c r="D1"><f>NOW()</f></c><c r="E1" s="1"><v>45306</v></c><c r="F1" s="2"><v>45306.5</v></c>' +
    '<c r="G1" t="d"><v>2024-01-15T00:00:00</v></c><c r="H1" t="inlineStr"><is><t>inline _x005F_x000D_ x</t></is></c>' +
    '<c r="I1" t="b"><v>1</v></c><c r="J1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="K1" t="inlineStr"><is><t></t></is></c></row>' +
    '<row r="3"><c r="C3" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></is></c><c r="D3"><v>-0.25</v></c></row>';
  const book = buildPackage([
    {
      name: "Дані & інше",
      xml: sheetXml(data, '<mergeCells count="1"><mergeCell ref="A5:C6"/></mergeCells>'),
    },
    {
      name: "Hidden",
      xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>'),
      state: "hidden",
    },
    { name: "Very", xml: sheetXml(""), state: "veryHidden" },
  ]);

  it("maps values: cached formula results, errors and blanks to null, dates to UTC Dates", () => {
    const { grid, sheetInfo } = readWorkbookWithInfo(book);
    const sheet = grid.sheets[0];
    expect(sheet?.name).toBe("Дані & інше");
    expect(sheet?.cells[0]).toEqual([
      null,
      2,
      "ab",
      null,
      new Date("2024-01-15T00:00:00.000Z"),
      new Date("2024-01-15T12:00:00.000Z"),
      new Date("2024-01-15T00:00:00.000Z"),
      "inline _x000D_ x",
      true,
      null,
      null,
    ]);
    expect(sheet?.cells[1]).toEqual([]);
    expect(sheet?.cells[2]).toEqual([null, null, "rich text", -0.25]);
    expect(sheet?.merges).toEqual([{ rowIndex: 4, colIndex: 0, lastRowIndex: 5, lastColIndex: 2 }]);
    expect(sheetInfo).toEqual([
      { name: "Дані & інше", hidden: false },
      { name: "Hidden", hidden: true },
      { name: "Very", hidden: true },
    ]);
    expect(grid.sheets.map((s) => s.merges)).toEqual([sheet?.merges, [], []]);
    for (const s of grid.sheets) expectNoHoles(s);
  });

  it("returns the same dates whatever the process time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ["America/Los_Angeles", "Asia/Tokyo", "Europe/Kyiv"]) {
        process.env.TZ = zone;
        const cells = readWorkbook(book).sheets[0]?.cells[0] ?? [];
        expect(cells[4]).toEqual(new Date("2024-01-15T00:00:00.000Z"));
        expect(cells[5]).toEqual(new Date("2024-01-15T12:00:00.000Z"));
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it("does not modify its input", () => {
    const copy = book.slice();
    readWorkbook(book);
    expect(book).toEqual(copy);
  });

  it("snaps times that SheetJS truncates to the millisecond", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" s="2"><v>45306.6</v></c><c r="B1" s="1"><v>1</v></c><c r="C1" s="1"><v>61</v></c></row>',
    );
    const cells = readWorkbook(buildPackage([{ name: "S", xml }])).sheets[0]?.cells[0] ?? [];
    expect(cells[0]).toEqual(new Date("2024-01-15T14:24:00.000Z"));
    expect(cells[1]).toEqual(new Date("1900-01-01T00:00:00.000Z"));
    expect(cells[2]).toEqual(new Date("1900-03-01T00:00:00.000Z"));
  });

  it("reads CSV text as strings, without merges", () => {
    const csv =
      'Захід;Статус;Значення\n=HYPERLINK("http://example.invalid","x");+2 центри;1 234,5\n"два\nрядки";-5;@x\n';
    const grid = readWorkbook(new TextEncoder().encode(csv));
    expect(grid.sheets[0]?.merges).toBeNull();
    expect(grid.sheets[0]?.cells).toEqual([
      ["Захід", "Статус", "Значення"],
      ['=HYPERLINK("http://example.invalid","x")', "+2 центри", "1 234,5"],
      ["два\nрядки", "-5", "@x"],
    ]);
  });

  it("reads Windows-1251 and UTF-16 CSV", () => {
    const cp1251 = Uint8Array.from([0xc7, 0xe0, 0xf5, 0xb3, 0xe4, 0x3b, 0x31, 0x0a]); // "Захід;1\n"
    expect(readWorkbook(cp1251).sheets[0]?.cells[0]).toEqual(["Захід", "1"]);
    const text = "Мерки\tСтатус\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(readWorkbook(utf16).sheets[0]?.cells[0]).toEqual(["Мерки", "Статус"]);
  });

  it("addresses cells like Excel", () => {
    expect(cellAddress(11, 4)).toBe("E12");
  });
});
