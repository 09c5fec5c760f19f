// Issue 12 item 4: settings on Excel for the web (OfficeDev/office-js#920) and their size limits
// (office-js#621, #3957); see tests/excel/fake/fakeWorkbookApi.ts.
import type { CellMark } from "../../../src/engine";
import { MARK_FILLS } from "../../../src/excel";
import { FakeWorkbook, NO_FILL } from "../fake/FakeWorkbook";
import { PROFILES } from "../fake/profiles";
import { SETTING_VALUE_LIMIT } from "../fake/fakeWorkbookApi";
import { LEDGER_MAX_BYTES } from "../../../src/excel/workbook/markState";
import { outputFixture, type OutputFixture } from "../consolidationOutput";
import { hostOn } from "../helpers";

type Mark = CellMark;
const SHEET = "План заходів";

let fixture: OutputFixture;
beforeAll(() => {
  fixture = outputFixture();
});

/** Settings keys written more than once in one round trip. */
function repeatedKeys(book: FakeWorkbook): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const entry of book.log.filter((e) => e.op === "SettingCollection.add")) {
    const id = `${entry.sync}|${entry.detail}`;
    if (seen.has(id)) repeated.push(entry.detail ?? "");
    seen.add(id);
  }
  return repeated;
}

describe("real Excel: settings (issue 12 item 4)", () => {
  it("marks a brand-new workbook in Excel for the web", async () => {
    const book = new FakeWorkbook(PROFILES.web);
    const sheet = book.addSheet(SHEET);
    sheet.edit(1, 1).value = "x";
    const host = hostOn(book);
    await host.showMarks([
      { sheet: SHEET, rowIndex: 1, colIndex: 1, severity: "error", note: "Немає строку" },
    ]);
    expect(sheet.fillAt("B2")).toMatchObject({ color: MARK_FILLS.error });
    await hostOn(book).clearMarks();
    expect(sheet.fillAt("B2")).toEqual(NO_FILL);
  });

  it("writes each setting at most once per round trip: marks, the consolidation and its record", async () => {
    const book = FakeWorkbook.fromGrid(fixture.planGrid);
    const host = hostOn(book);
    const name = fixture.planGrid.sheets[0]!.name;
    const marks: Mark[] = [1, 2, 3].map((r) => ({
      sheet: name,
      rowIndex: r,
      colIndex: 1,
      severity: "error",
      note: "x",
    }));
    await host.showMarks(marks);
    await host.showMarks(marks.slice(1));
    await host.writeConsolidation(fixture.output);
    await host.writeConsolidation(fixture.output);
    await host.clearMarks();
    expect(book.ops("SettingCollection.add").length).toBeGreaterThanOrEqual(4);
    expect(repeatedKeys(book)).toEqual([]);
  });

  // The limits shrunk (as Excel's would be hit by ~30,000 cells): the ledger 9,000 bytes, a setting 10,000.
  const SMALL = { ledgerMaxBytes: 9_000 };
  function bigSheet(rows: number): FakeWorkbook {
    const book = new FakeWorkbook();
    book.settingValueLimit = 10_000;
    const sheet = book.addSheet(SHEET);
    for (let r = 0; r < rows; r++) sheet.edit(r, 0).value = `захід ${r}`;
    return book;
  }
  const column = (rows: number, colIndex: number): Mark[] =>
    Array.from({ length: rows }, (_, r) => ({
      sheet: SHEET,
      rowIndex: r,
      colIndex,
      severity: "warning",
      note: "x",
    }));

  it("replaces one large set of marks by another whose ledgers only fit one at a time", async () => {
    // About 26 bytes of ledger a cell: each set alone about 7,800, both together over the limit.
    const rows = 300;
    const book = bigSheet(rows);
    const sheet = book.sheets[0]!;
    const host = hostOn(book, SMALL);
    await host.showMarks(column(rows, 1));
    await host.showMarks(column(rows, 2));
    expect(sheet.cell(rows - 1, 1).fill).toEqual(NO_FILL);
    expect(sheet.cell(rows - 1, 2).fill).toMatchObject({ color: MARK_FILLS.warning });
    await hostOn(book, SMALL).clearMarks();
    expect(sheet.cell(0, 2).fill).toEqual(NO_FILL);
    expect(sheet.notes.size).toBe(0);
  });

  it("refuses marks whose ledger would not fit the settings before writing anything", async () => {
    const rows = 400;
    const book = bigSheet(rows);
    const sheet = book.sheets[0]!;
    await expect(hostOn(book, SMALL).showMarks(column(rows, 1))).rejects.toMatchObject({
      reason: "too-large",
    });
    expect(book.settings.size).toBe(0);
    expect(sheet.cell(0, 1).fill).toEqual(NO_FILL);
  });

  it("caps the ledger below what one setting holds in Excel", () => {
    expect(LEDGER_MAX_BYTES).toBeLessThan(SETTING_VALUE_LIMIT);
    expect(LEDGER_MAX_BYTES).toBeGreaterThan(25 * 30_000); // about 30,000 marked cells
  });
});
