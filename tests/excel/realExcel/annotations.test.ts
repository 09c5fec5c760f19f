// Issue 12 item 3: a cell holds a note or a threaded comment, never both (tests/excel/fake/fakeWorkbookApi.ts);
// comment mode cannot see the user's notes; comments may fail altogether (Mac profile).
import type { CellMark } from "../../../src/engine";
import { MARK_FILLS } from "../../../src/excel";
import { FakeWorkbook, NO_FILL, type FakeSheet } from "../fake/FakeWorkbook";
import { currentProfile, PROFILES } from "../fake/profiles";
import { hostOn } from "../helpers";

type Mark = CellMark;
const SHEET = "План заходів";
const mark = (rowIndex: number, colIndex: number, note: string): Mark => ({
  sheet: SHEET,
  rowIndex,
  colIndex,
  severity: "error",
  note,
});
const MARKS = [mark(1, 1, "Не вказано строк"), mark(2, 1, "Не вказано індикатор"), mark(3, 2, "Розмито")];

function plan(book = new FakeWorkbook()): { book: FakeWorkbook; sheet: FakeSheet } {
  const sheet = book.addSheet(SHEET);
  for (let r = 0; r < 6; r++) for (let c = 0; c < 4; c++) sheet.edit(r, c).value = `r${r}c${c}`;
  return { book, sheet };
}

const ours = (book: FakeWorkbook, sheet: FakeSheet): Record<string, string> => ({
  ...Object.fromEntries(sheet.notes),
  ...Object.fromEntries(book.comments.filter((c) => c.sheetId === sheet.id).map((c) => [c.a1, c.content])),
});

describe("real Excel: notes and comments (issue 12 item 3)", () => {
  it("leaves a cell with the user's threaded comment alone when marking with notes", async () => {
    const { book, sheet } = plan();
    book.comments.push({ id: "u1", sheetId: sheet.id, a1: "B2", content: "Коментар користувача" });
    const host = hostOn(book, { excelApi: "1.18" });
    await host.showMarks(MARKS);
    expect(sheet.fillAt("B2")).toMatchObject({ color: MARK_FILLS.error });
    expect(sheet.notes.has("B2")).toBe(false);
    expect(sheet.notes.get("B3")).toBe("Не вказано індикатор");
    await host.clearMarks();
    expect(book.comments).toEqual([
      { id: "u1", sheetId: sheet.id, a1: "B2", content: "Коментар користувача" },
    ]);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.fillAt("B2")).toEqual(NO_FILL);
  });

  it("leaves a cell with the user's note alone when marking with comments (Excel 2021/2024)", async () => {
    const { book, sheet } = plan(new FakeWorkbook({ ...currentProfile(), commentsAddNotImplemented: false }));
    sheet.notes.set("C4", "Примітка користувача");
    const host = hostOn(book, { excelApi: "1.17" });
    await host.showMarks(MARKS);
    expect(sheet.fillAt("C4")).toMatchObject({ color: MARK_FILLS.error });
    expect(sheet.notes.get("C4")).toBe("Примітка користувача");
    expect(book.comments.some((c) => c.a1 === "C4")).toBe(false);
    await host.clearMarks();
    expect(sheet.notes.get("C4")).toBe("Примітка користувача");
    expect(book.comments).toEqual([]);
    expect(sheet.fillAt("C4")).toEqual(NO_FILL);
  });

  it("marks with fills only when Excel cannot add comments (Mac), and says so", async () => {
    const { book, sheet } = plan(new FakeWorkbook(PROFILES["mac-2024"]));
    const host = hostOn(book);
    await host.showMarks(MARKS);
    expect(sheet.fillAt("B2")).toMatchObject({ color: MARK_FILLS.error });
    expect(ours(book, sheet)).toEqual({});
    expect(host.notices().map((n) => n.code)).toContain("annotations-failed");
    await host.showMarks(MARKS.slice(0, 1));
    expect(sheet.fillAt("B3")).toEqual(NO_FILL);
    await host.clearMarks();
    expect(sheet.fillAt("B2")).toEqual(NO_FILL);
  });
});
