import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import type { SheetSpec, WorkbookSpec } from "../../src/xlsx/WorkbookSpec";
import { WorkbookSpecError } from "../../src/xlsx/WorkbookSpecError";
import { entryText } from "./helpers/packageParts";

const range = (rowIndex: number, colIndex: number, lastRowIndex: number, lastColIndex: number) => ({
  rowIndex,
  colIndex,
  lastRowIndex,
  lastColIndex,
});
const sheet = (extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "S",
  rows: [
    ["a", "b"],
    [1, 2],
  ],
  ...extra,
});
const book = (...sheets: SheetSpec[]): WorkbookSpec => ({ sheets });

describe("writeWorkbook refuses specs Excel would reject or repair", () => {
  it.each<[string, WorkbookSpec, RegExp]>([
    ["no sheets", book(), /at least one sheet/],
    ["no visible sheet", book(sheet({ visibility: "hidden" })), /visible/],
    ["a name with a slash", book(sheet({ name: "2024/2025" })), /contains one of the characters/],
    ["a name longer than 31", book(sheet({ name: "Я".repeat(32) })), /longer than 31/],
    ["a name with an apostrophe at the end", book(sheet({ name: "Plan'" })), /apostrophe/],
    [
      "the same name twice (case-insensitive)",
      book(sheet({ name: "План" }), sheet({ name: "план" })),
      /used twice/,
    ],
    [
      "overlapping merges",
      book(sheet({ merges: [range(0, 0, 1, 1), range(1, 1, 2, 2)] })),
      /overlap: A1:B2 and B2:C3/,
    ],
    ["a one-cell merge", book(sheet({ merges: [range(0, 0, 0, 0)] })), /single cell/],
    [
      "a table with a repeated header",
      book(
        sheet({
          rows: [
            ["a", "A"],
            [1, 2],
          ],
          tables: [{ name: "T", range: range(0, 0, 1, 1) }],
        }),
      ),
      /appears twice/,
    ],
    [
      "a table with a number header",
      book(
        sheet({
          rows: [
            ["a", 5],
            [1, 2],
          ],
          tables: [{ name: "T", range: range(0, 0, 1, 1) }],
        }),
      ),
      /must be text/,
    ],
    [
      "a table named like a cell",
      book(sheet({ tables: [{ name: "AB12", range: range(0, 0, 1, 1) }] })),
      /cell reference/,
    ],
    [
      "a table over the auto-filter",
      book(sheet({ autoFilter: range(0, 0, 1, 0), tables: [{ name: "T", range: range(0, 0, 1, 1) }] })),
      /overlap/,
    ],
    [
      "a list value with a comma",
      book(sheet({ validations: [{ ranges: [range(1, 0, 1, 0)], values: ["a,b"] }] })),
      /comma/,
    ],
    [
      "a list over 255 characters",
      book(
        sheet({ validations: [{ ranges: [range(1, 0, 1, 0)], values: ["x".repeat(200), "y".repeat(60)] }] }),
      ),
      /255/,
    ],
    [
      "a link to a missing sheet",
      book(sheet({ rows: [[{ value: "go", link: { sheet: "Nope", rowIndex: 0, colIndex: 0 } }]] })),
      /missing sheet "Nope"/,
    ],
    ["NaN", book(sheet({ rows: [[Number.NaN]] })), /cell A1: NaN is not a finite number/],
    ["an invalid date", book(sheet({ rows: [[null, new Date("nope")]] })), /cell B1: the date is invalid/],
    ["a date before 1900", book(sheet({ rows: [[new Date(Date.UTC(1899, 0, 1))]] })), /outside 1900-9999/],
    ["a column width over 255", book(sheet({ columnWidths: [300] })), /width/],
  ])("%s", (_what, spec, message) => {
    expect(() => writeWorkbook(spec)).toThrow(WorkbookSpecError);
    expect(() => writeWorkbook(spec)).toThrow(message);
  });

  it.each([["1abc"], ["has space"], ["R1C1"], ["C"]])("a defined name %s", (name) => {
    const spec: WorkbookSpec = {
      sheets: [sheet()],
      definedNames: [{ name, sheet: "S", range: range(0, 0, 0, 0) }],
    };
    expect(() => writeWorkbook(spec)).toThrow(WorkbookSpecError);
  });

  it("a defined name on a missing sheet, or clashing with a table", () => {
    const withTable = sheet({ tables: [{ name: "Дані", range: range(0, 0, 1, 1) }] });
    expect(() =>
      writeWorkbook({
        sheets: [sheet()],
        definedNames: [{ name: "x", sheet: "T", range: range(0, 0, 0, 0) }],
      }),
    ).toThrow(/missing sheet/);
    expect(() =>
      writeWorkbook({
        sheets: [withTable],
        definedNames: [{ name: "ДАНІ", sheet: "S", range: range(0, 0, 0, 0) }],
      }),
    ).toThrow(/already used/);
  });

  it("accepts a first sheet that is hidden when another is visible, and activates the visible one", () => {
    const bytes = writeWorkbook(book(sheet({ name: "H", visibility: "hidden" }), sheet({ name: "V" })));
    expect(entryText(bytes, "xl/workbook.xml")).toContain('<workbookView activeTab="1" firstSheet="1"/>');
    expect(entryText(bytes, "xl/worksheets/sheet2.xml")).toContain(
      '<sheetView tabSelected="1" workbookViewId="0"/>',
    );
    expect(entryText(bytes, "xl/worksheets/sheet1.xml")).not.toContain("tabSelected");
  });
});
