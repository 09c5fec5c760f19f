// Issue 12 items 1 and 9: fill properties as real Excel reports them (null and #FFFFFF for no fill, null
// patterns on some platforms, see tests/excel/fake/fakeFills.ts) and fills that keep a pattern or tint when
// only their colour is set.
import type { CellMark } from "../../../src/engine";
import { MARK_FILLS } from "../../../src/excel";
import { LEDGER_KEY } from "../../../src/excel/workbook/markState";
import { FakeWorkbook, NO_FILL, type FakeSheet, type Fill } from "../fake/FakeWorkbook";
import { HATCHED, hostOn, THEMED } from "../helpers";

type Mark = CellMark;
const SHEET = "План заходів";
const mark = (
  rowIndex: number,
  colIndex: number,
  severity: Mark["severity"] = "error",
  sheet = SHEET,
): Mark => ({
  sheet,
  rowIndex,
  colIndex,
  severity,
  note: "",
});

const WHITE: Fill = { ...NO_FILL, color: "#FFFFFF", pattern: "Solid" };

function plan(): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET);
  for (let r = 0; r < 10; r++) for (let c = 0; c < 5; c++) sheet.edit(r, c).value = `r${r}c${c}`;
  sheet.edit(2, 1).fill = WHITE;
  sheet.edit(3, 1).fill = HATCHED;
  sheet.edit(4, 1).fill = THEMED;
  return { book, sheet };
}

const fills = (sheet: FakeSheet): Fill[] => {
  const out: Fill[] = [];
  for (let r = 0; r < 10; r++) for (let c = 0; c < 5; c++) out.push({ ...sheet.cell(r, c).fill });
  return out;
};

describe("real Excel: fills (issue 12 items 1, 9)", () => {
  it("puts cells without fill back to no fill — not white, which hides the gridlines", async () => {
    const { book, sheet } = plan();
    const before = fills(sheet);
    const host = hostOn(book);
    await host.showMarks([mark(1, 0), mark(1, 2, "warning"), mark(2, 1), mark(5, 3, "info")]);
    expect(sheet.cell(1, 0).fill).toMatchObject({ pattern: "Solid", color: MARK_FILLS.error });
    await host.clearMarks();
    expect(sheet.cell(1, 0).fill).toEqual(NO_FILL);
    expect(sheet.cell(2, 1).fill).toEqual(WHITE);
    expect(fills(sheet)).toEqual(before);
  });

  it("reads back its own ledger after reopening although Excel reports null fill properties", async () => {
    const { book, sheet } = plan();
    const before = fills(sheet);
    await hostOn(book).showMarks([mark(1, 0), mark(2, 1), mark(5, 3, "info")]);
    // Reopened: a new session reads the ledger written with the original fills (nulls included).
    await hostOn(book).clearMarks();
    expect(fills(sheet)).toEqual(before);
  });

  it("recognises its own fill however Excel reports the pattern, so replaced marks go back", async () => {
    const { book, sheet } = plan();
    const host = hostOn(book);
    await host.showMarks([mark(1, 0), mark(6, 4, "warning")]);
    await host.showMarks([mark(6, 4, "error")]);
    expect(sheet.cell(1, 0).fill).toEqual(NO_FILL);
    expect(sheet.cell(6, 4).fill).toMatchObject({ pattern: "Solid", color: MARK_FILLS.error });
  });

  it("paints a solid fill over a pattern fill and a themed tint, and clears back to both", async () => {
    const { book, sheet } = plan();
    const host = hostOn(book);
    await host.showMarks([mark(3, 1), mark(4, 1, "warning")]);
    expect(sheet.cell(3, 1).fill).toEqual({
      ...HATCHED,
      pattern: "Solid",
      color: MARK_FILLS.error,
      tintAndShade: 0,
    });
    expect(sheet.cell(4, 1).fill).toMatchObject({
      pattern: "Solid",
      color: MARK_FILLS.warning,
      tintAndShade: 0,
    });
    await host.clearMarks();
    expect(sheet.cell(3, 1).fill).toEqual(HATCHED);
    expect(sheet.cell(4, 1).fill).toEqual(THEMED);
  });

  it("keeps the good sheets of a ledger of which one entry is unreadable", async () => {
    const { book, sheet } = plan();
    const other = book.addSheet("Інший");
    other.edit(0, 0).value = "x";
    const before = fills(sheet);
    await hostOn(book).showMarks([mark(1, 0), mark(0, 0, "error", "Інший")]);
    const stored = JSON.parse(String(book.settings.get(LEDGER_KEY))) as {
      sheets: { name: string; cells: unknown }[];
    };
    const broken = stored.sheets.find((s) => s.name === "Інший")!;
    broken.cells = "not a list";
    book.settings.set(LEDGER_KEY, JSON.stringify(stored));
    await hostOn(book).clearMarks();
    expect(fills(sheet)).toEqual(before);
  });
});
