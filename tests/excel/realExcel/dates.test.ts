// Issue 12 item 2: Excel for the web reports number formats in the account's regional format
// (OfficeDev/office-js#2824, #1553; tests/excel/fake/fakeFormats.ts); dates must still read as dates.
import type { CellValue } from "../../../src/engine";
import { FakeWorkbook } from "../fake/FakeWorkbook";
import { currentProfile, PROFILES, type Profile } from "../fake/profiles";
import { hostOn } from "../helpers";

function datesSheet(profile: Profile): FakeWorkbook {
  const book = new FakeWorkbook(profile);
  const sheet = book.addSheet("Строки");
  const put = (c: number, value: string | number, numberFormat = "General"): void => {
    Object.assign(sheet.edit(1, c), { value, numberFormat });
  };
  put(0, "Захід");
  put(1, 45657, "dd.mm.yyyy");
  put(2, 45292, '[$-uk-UA]d mmmm yyyy "р."');
  put(3, 45657.75, "m/d/yyyy h:mm");
  put(4, 0.5, "[h]:mm");
  put(5, 1234.5, "#,##0.00");
  put(6, 2024);
  put(7, 0.25, "0%");
  put(8, 45657, "yyyy-mm-dd");
  return book;
}

const EXPECTED: CellValue[] = [
  "Захід",
  new Date("2024-12-31T00:00:00Z"),
  new Date("2024-01-01T00:00:00Z"),
  new Date("2024-12-31T18:00:00Z"),
  new Date("1899-12-31T12:00:00Z"), // a time alone: day 0, "0 January 1900"
  1234.5,
  2024,
  0.25,
  new Date("2024-12-31T00:00:00Z"),
];

describe("real Excel: dates in any regional format (issue 12 item 2)", () => {
  it.each([
    ["this profile", currentProfile()],
    ["Excel for the web, Ukrainian regional format", { ...PROFILES.web, locale: "uk-UA" } as Profile],
    ["Excel for the web, Bulgarian regional format", { ...PROFILES.web, locale: "bg-BG" } as Profile],
  ])("reads dates as dates and numbers as numbers: %s", async (_name, profile) => {
    const book = datesSheet(profile);
    const grid = await hostOn(book).readWorkbook();
    expect(grid.sheets[0]!.cells[1]).toEqual(EXPECTED);
  });

  it("without numberFormatCategories (ExcelApi 1.11) still knows Cyrillic date letters", async () => {
    const book = datesSheet({ ...PROFILES.web, locale: "uk-UA" });
    const grid = await hostOn(book, { excelApi: "1.11" }).readWorkbook();
    expect(grid.sheets[0]!.cells[1]).toEqual(EXPECTED);
  });

  it("the web profile really reports localized codes (so the tests above can fail)", async () => {
    const book = datesSheet({ ...PROFILES.web, locale: "bg-BG" });
    const context = new (await import("../fake/FakeContext")).FakeContext(
      book,
    ) as unknown as Excel.RequestContext;
    const range = context.workbook.worksheets
      .getItem("Строки")
      .getRangeByIndexes(1, 1, 1, 2)
      .load("numberFormat");
    await context.sync();
    expect(range.numberFormat).toEqual([["дд.мм.гггг", '[$-uk-UA]д мммм гггг "р."']]);
  });
});
