import type { CellValue } from "../../src/engine";
import type { ReadProgress } from "../../src/host/WorkbookHost";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { planFixtures } from "../helpers/fixtures";
import { FakeWorkbook } from "./fake/FakeWorkbook";
import { bigPlan, comparable, hostOn } from "./helpers";

describe("Excel host: reading the workbook", () => {
  it.each(planFixtures().map((f) => [f.name, f] as const))(
    "returns the same grid as the xlsx reader for %s, in 4 round trips",
    async (_name, fixture) => {
      const expected = readWorkbook(fixture.bytes);
      const book = FakeWorkbook.fromGrid(expected);
      const grid = await hostOn(book).readWorkbook();
      expect(comparable(grid)).toEqual(comparable(expected));
      expect(book.syncs).toBe(4);
    },
  );

  it("normalises values at the edge: empty text, errors, numbers, booleans, dates and times", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Дати");
    const put = (c: number, value: string | number | boolean, numberFormat = "General"): void => {
      Object.assign(sheet.edit(2, c), { value, numberFormat });
    };
    put(1, "до 31.12.2024");
    put(2, 45657, "dd.mm.yyyy");
    put(3, 45657);
    put(4, 45657.75, "m/d/yyyy h:mm");
    put(5, 0.5, "[h]:mm");
    put(6, "#N/A");
    put(7, true);
    put(8, 1234.5, '# ##0,00 "грн."');
    put(9, 45292, '[$-uk-UA]d mmmm yyyy "р."');
    const grid = await hostOn(book).readWorkbook();
    const row: CellValue[] = [
      null,
      "до 31.12.2024",
      new Date("2024-12-31T00:00:00Z"),
      45657,
      new Date("2024-12-31T18:00:00Z"),
      new Date("1899-12-31T12:00:00Z"), // a time alone: day 0, "0 January 1900" (as the file readers have it)
      null,
      true,
      1234.5,
      new Date("2024-01-01T00:00:00Z"),
    ];
    expect(grid.sheets[0]!.cells).toEqual([[], [], row]);
  });

  it("keeps Excel's 29 February 1900 (serial 60) a number, and reads a 1904 workbook's dates from 1904", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Дати");
    [59, 60, 61, 45657 - 1462].forEach((value, c) =>
      Object.assign(sheet.edit(0, c), { value, numberFormat: "d.m.yyyy" }),
    );
    const in1900 = await hostOn(book).readWorkbook();
    expect(in1900.sheets[0]!.cells[0]).toEqual([
      new Date("1900-02-28T00:00:00Z"),
      60,
      new Date("1900-03-01T00:00:00Z"),
      new Date("2020-12-30T00:00:00Z"),
    ]);
    book.date1904 = true;
    const in1904 = await hostOn(book).readWorkbook();
    expect(in1904.sheets[0]!.cells[0]).toEqual([
      new Date("1904-02-29T00:00:00Z"),
      new Date("1904-03-01T00:00:00Z"),
      new Date("1904-03-02T00:00:00Z"),
      new Date("2024-12-31T00:00:00Z"),
    ]);
  });

  it("reads a 20,000-row plan in at most 4 round trips, with its merges and progress", async () => {
    const book = new FakeWorkbook();
    const sheet = bigPlan(book, 20_000);
    const progress: ReadProgress[] = [];
    const grid = await hostOn(book).readWorkbook((read) => progress.push(read));
    expect(book.syncs).toBeLessThanOrEqual(4);
    // A realistic batch: the values of 20,000 plan rows come to a few MB, under Excel on the web's 5 MB.
    expect(Math.max(...book.responseBytes)).toBeGreaterThan(1_500_000);
    const read = grid.sheets[0]!;
    expect(read.cells).toHaveLength(20_000);
    expect(read.merges).toHaveLength(sheet.merges.length);
    expect(comparable(grid)[0]!.merges).toEqual(
      comparable({ sheets: [{ ...read, merges: sheet.merges }] })[0]!.merges,
    );
    expect(read.cells[3]![4]).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(read.cells[2]![6]).toBe(1200.5);
    expect(progress[0]).toEqual({ sheet: 0, sheets: 1, rows: 0, totalRows: 20_000 });
    expect(progress[progress.length - 1]).toEqual({ sheet: 1, sheets: 1, rows: 20_000, totalRows: 20_000 });
    const rows = progress.map((read) => read.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("says which sheet the rows it reads are on", async () => {
    const rows = (n: number, word: string) => Array.from({ length: n }, (_, i) => [`${i + 1}.`, word]);
    const book = FakeWorkbook.fromGrid({
      sheets: [
        { name: "Цілі", cells: rows(30, "ціль"), merges: [] },
        { name: "Заходи", cells: rows(50, "захід"), merges: [] },
      ],
    });
    const progress: ReadProgress[] = [];
    await hostOn(book).readWorkbook((read) => progress.push(read));
    expect(progress[0]).toEqual({ sheet: 0, sheets: 2, rows: 0, totalRows: 80 });
    expect(progress.at(-1)).toEqual({ sheet: 2, sheets: 2, rows: 80, totalRows: 80 });
    // every row of the first sheet is counted before the second sheet's
    expect(progress.filter((read) => read.sheet === 1).at(-1)?.rows).toBe(30);
  });

  it("falls back to row blocks when Excel on the web refuses the payload, with the same result", async () => {
    const unlimited = new FakeWorkbook();
    bigPlan(unlimited, 6_000);
    const expected = await hostOn(unlimited).readWorkbook();

    const limited = new FakeWorkbook();
    bigPlan(limited, 6_000);
    limited.payloadLimit = 150_000;
    const grid = await hostOn(limited).readWorkbook();
    expect(comparable(grid)).toEqual(comparable(expected));
    expect(limited.syncs).toBeGreaterThan(4);
    const valueReads = limited.ops("Range.load").length;
    expect(valueReads).toBeGreaterThan(unlimited.ops("Range.load").length);
  });

  it("reports HostError too-large when not even one row fits in a response", async () => {
    const book = new FakeWorkbook();
    bigPlan(book, 50);
    book.sheets[0]!.edit(10, 2).value = "довгий текст ".repeat(1_000);
    book.payloadLimit = 8_000;
    await expect(hostOn(book).readWorkbook()).rejects.toMatchObject({
      name: "HostError",
      reason: "too-large",
    });
  });

  it("reads merged areas block by block and gives up only on the sheet whose block fails", async () => {
    const book = new FakeWorkbook();
    bigPlan(book, 400, "Великий");
    const small = book.addSheet("Малий");
    small.edit(0, 0).value = "Ціль 1";
    small.merges.push({ rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 3 });
    book.mergeLimit = 3;
    const grid = await hostOn(book).readWorkbook();
    expect(grid.sheets.map((s) => s.merges?.length ?? null)).toEqual([null, 1]);
    expect(grid.sheets[0]!.cells).toHaveLength(400);
  });

  it("keeps merges unknown (null) below ExcelApi 1.13 and still reads the values", async () => {
    const book = new FakeWorkbook();
    bigPlan(book, 100);
    const grid = await hostOn(book, { excelApi: "1.12" }).readWorkbook();
    expect(grid.sheets[0]!.merges).toBeNull();
    expect(grid.sheets[0]!.cells).toHaveLength(100);
    expect(book.ops("MergedAreas.load")).toHaveLength(0);
  });

  it("reads an empty sheet as no cells and no merges", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Порожній");
    const grid = await hostOn(book).readWorkbook();
    expect(grid.sheets).toEqual([{ name: "Порожній", cells: [], merges: [] }]);
  });

  it("refuses to run below ExcelApi 1.9 with HostError api-missing", async () => {
    const book = new FakeWorkbook();
    bigPlan(book, 10);
    await expect(hostOn(book, { excelApi: "1.8" }).readWorkbook()).rejects.toMatchObject({
      reason: "api-missing",
    });
    expect(book.syncs).toBe(0);
  });

  it("turns a cell-edit-mode refusal into HostError busy", async () => {
    const book = new FakeWorkbook();
    bigPlan(book, 10);
    book.failWhen = (op) => (op === "WorksheetCollection.load" ? officeBusy() : null);
    await expect(hostOn(book).readWorkbook()).rejects.toMatchObject({ reason: "busy" });
  });
});

function officeBusy(): Error {
  return Object.assign(new Error("The operation isn't available while Excel is in Edit cell mode."), {
    code: "InvalidOperationInCellEditMode",
  });
}
