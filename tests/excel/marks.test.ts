import type { CellMark } from "../../src/engine";
import { MARK_FILLS } from "../../src/excel";
import { FakeWorkbook, NO_FILL, officeError, type Fill, type FakeSheet } from "./fake/FakeWorkbook";
import { currentProfile } from "./fake/profiles";
import { bigPlan, HATCHED, hostOn, THEMED } from "./helpers";

type Mark = CellMark;

const YELLOW: Fill = { ...NO_FILL, color: "#FFFF00", pattern: "Solid" };

/**
 * A small plan with pre-existing user formatting and (unless `note` is false) a user's note. Tests about notes
 * pin ExcelApi 1.18: on Excel 2021/2024 (comments) a user's note cannot be seen, and the comment added to its
 * cell fails (tests/excel/realExcel/annotations.test.ts).
 */
function smallPlan({ note = true } = {}): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("План заходів");
  for (let r = 0; r < 12; r++) for (let c = 0; c < 6; c++) sheet.edit(r, c).value = `r${r}c${c}`;
  sheet.edit(3, 3).fill = YELLOW;
  sheet.edit(4, 3).fill = HATCHED;
  sheet.edit(5, 4).fill = THEMED;
  if (note) sheet.notes.set("E6", "Перевірити з департаментом (примітка користувача)");
  return { book, sheet };
}

const NOTES = { excelApi: "1.18" };

const mark = (
  rowIndex: number,
  colIndex: number,
  severity: Mark["severity"],
  note: string,
  sheet = "План заходів",
): Mark => ({
  sheet,
  rowIndex,
  colIndex,
  severity,
  note,
});

const SMALL_MARKS: Mark[] = [
  mark(3, 3, "error", "Не вказано відповідальних"),
  mark(4, 3, "warning", "Строк поза періодом плану"),
  mark(5, 4, "error", "Не вказано індикатор"),
  mark(6, 4, "info", "Індикатор не називає величину"),
  mark(6, 4, "error", "Не вказано строк"),
  mark(7, 1, "warning", "Пропуск у нумерації"),
];

/** Where Excel shows a cell's mark: the top-left cell of the merged range holding it, found by a plain search. */
function shownAt(sheet: FakeSheet, rowIndex: number, colIndex: number): string {
  const m = sheet.merges.find(
    (r) =>
      rowIndex >= r.rowIndex &&
      rowIndex <= r.lastRowIndex &&
      colIndex >= r.colIndex &&
      colIndex <= r.lastColIndex,
  );
  return `${m?.rowIndex ?? rowIndex},${m?.colIndex ?? colIndex}`;
}

function snapshot(sheet: FakeSheet): { fills: Record<string, Fill>; notes: Record<string, string> } {
  const fills: Record<string, Fill> = {};
  for (let r = 0; r < 12; r++) for (let c = 0; c < 6; c++) fills[`${r},${c}`] = { ...sheet.cell(r, c).fill };
  return { fills, notes: Object.fromEntries(sheet.notes) };
}

describe("Excel host: marks", () => {
  it("fills problem cells by severity and notes their messages, keeping a user's note", async () => {
    const { book, sheet } = smallPlan();
    await hostOn(book, NOTES).showMarks(SMALL_MARKS);
    expect(sheet.fillAt("D4")).toMatchObject({ color: MARK_FILLS.error, pattern: "Solid" });
    expect(sheet.fillAt("D5")).toMatchObject({ color: MARK_FILLS.warning });
    expect(sheet.fillAt("E7")).toMatchObject({ color: MARK_FILLS.error }); // most severe of its two findings
    expect(sheet.fillAt("B8")).toMatchObject({ color: "#FFEB9C" });
    expect(sheet.notes.get("D4")).toBe("Не вказано відповідальних");
    expect(sheet.notes.get("E7")).toBe("Не вказано строк\nІндикатор не називає величину");
    expect(sheet.notes.get("E6")).toBe("Перевірити з департаментом (примітка користувача)");
    expect(sheet.fillAt("E6")).toMatchObject({ color: MARK_FILLS.error });
    expect(sheet.fillAt("A1")).toEqual(NO_FILL);
  });

  it("clears every mark exactly: fills (colour, pattern, tint, none) and notes, user notes untouched", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    const host = hostOn(book, NOTES);
    await host.showMarks(SMALL_MARKS);
    expect(snapshot(sheet)).not.toEqual(before);
    await host.clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("clears after the workbook was saved and reopened: a new host reads the ledger from the workbook", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    await hostOn(book, NOTES).showMarks(SMALL_MARKS);
    expect([...book.settings.keys()]).toEqual(["PlanCheck.marks"]);
    // Reopen: the workbook content (cells, notes, settings) survives, the add-in starts from nothing.
    const reopened = hostOn(book, NOTES);
    book.syncs = 0;
    await reopened.clearMarks();
    expect(snapshot(sheet)).toEqual(before);
    expect(book.syncs).toBeLessThanOrEqual(3);
    // And the other way round: reopen, validate (read), then mark again and clear.
    const again = hostOn(book, NOTES);
    await again.readWorkbook();
    await again.showMarks(SMALL_MARKS);
    await hostOn(book, NOTES).clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("follows a renamed sheet (the ledger keeps the sheet id)", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    await hostOn(book, NOTES).showMarks(SMALL_MARKS);
    sheet.name = "План (нова назва)";
    await hostOn(book, NOTES).clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("replaces previous marks: cells no longer marked get their fill back, the others change severity and note", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    const host = hostOn(book, NOTES);
    await host.showMarks(SMALL_MARKS);
    await host.showMarks([mark(3, 3, "warning", "Інше повідомлення"), mark(9, 0, "info", "Нове")]);
    expect(sheet.fillAt("D4")).toMatchObject({ color: MARK_FILLS.warning });
    expect(sheet.notes.get("D4")).toBe("Інше повідомлення");
    expect(sheet.fillAt("D5")).toEqual(HATCHED);
    expect(sheet.fillAt("E6")).toEqual(THEMED);
    expect(sheet.fillAt("B8")).toEqual(NO_FILL);
    expect(sheet.notes.has("E7")).toBe(false);
    expect(sheet.notes.get("A10")).toBe("Нове");
    await host.clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("leaves the user's own changes made after marking: a recoloured cell, an edited note", async () => {
    const { book, sheet } = smallPlan();
    const host = hostOn(book, NOTES);
    await host.showMarks(SMALL_MARKS);
    sheet.edit(3, 3).fill = { ...NO_FILL, color: "#00B050", pattern: "Solid" };
    sheet.notes.set("D5", "Моя відповідь: строк узгоджено");
    await host.clearMarks();
    expect(sheet.fillAt("D4")).toMatchObject({ color: "#00B050" });
    expect(sheet.notes.get("D5")).toBe("Моя відповідь: строк узгоджено");
    expect(sheet.fillAt("D5")).toEqual(HATCHED);
    expect(sheet.notes.has("D4")).toBe(false);
  });

  it("never fills a cell whose gradient fill it could not put back, but still notes it", async () => {
    const { book, sheet } = smallPlan();
    const gradient: Fill = { ...NO_FILL, color: "#FFFFFF", pattern: "LinearGradient" };
    sheet.edit(8, 2).fill = gradient;
    const host = hostOn(book, NOTES);
    await host.showMarks([mark(8, 2, "error", "Не вказано строк")]);
    expect(sheet.fillAt("C9")).toEqual(gradient);
    expect(sheet.notes.get("C9")).toBe("Не вказано строк");
    await host.clearMarks();
    expect(sheet.notes.has("C9")).toBe(false);
  });

  it("marks many problems of a 20,000-row plan in 2 round trips (3 on the web) with grouped format calls", async () => {
    const book = new FakeWorkbook();
    const sheet = bigPlan(book, 20_000);
    const web = book.profile.payloadLimit !== null;
    const host = hostOn(book, NOTES);
    await host.readWorkbook();
    const marks: Mark[] = [];
    for (let r = 2; r < 20_000; r += 3)
      marks.push(mark(r, 3 + (r % 4), r % 2 === 0 ? "error" : "warning", `Проблема в рядку ${r + 1}`));
    for (let r = 5; r < 20_000; r += 97) marks.push(mark(r, 2, "info", "Розмите формулювання"));
    book.syncs = 0;
    book.log.length = 0;
    await host.showMarks(marks);
    // On the web the probe of 6,666 cells (a fill and a note each) is split to stay under 5 MB a request.
    expect(book.syncs).toBe(web ? 3 : 2);
    expect(Math.max(...book.requestBytes)).toBeLessThanOrEqual(book.payloadLimit);
    expect(marks.length).toBeGreaterThan(6_000);
    const paints = book.ops("RangeAreas.format.fill.color");
    expect(paints.length).toBeGreaterThan(0);
    expect(paints.length).toBeLessThan(marks.length / 20);
    expect(book.ops("Range.format.fill.color")).toHaveLength(0);
    expect(book.ops("Range.setCellProperties")).toHaveLength(0);
    // Marks in a goal row merged across the table go to its first cell: one note a cell Excel shows.
    const shown = new Set(marks.map((m) => shownAt(sheet, m.rowIndex, m.colIndex)));
    expect(shown.size).toBeLessThan(marks.length);
    expect(book.ops("NoteCollection.add")).toHaveLength(shown.size);
    expect(book.ops("SettingCollection.add")).toHaveLength(1);
    for (const m of marks
      .slice(0, 50)
      .filter((m) => shownAt(sheet, m.rowIndex, m.colIndex) === `${m.rowIndex},${m.colIndex}`)) {
      expect(sheet.cell(m.rowIndex, m.colIndex).fill).toMatchObject({ color: MARK_FILLS[m.severity] });
    }

    // Replacing them all, and clearing them all, is just as grouped.
    book.syncs = 0;
    book.log.length = 0;
    await host.clearMarks();
    expect(book.syncs).toBe(web ? 3 : 2);
    expect(book.ops("RangeAreas.format.fill.clear").length).toBeLessThan(marks.length / 20);
    expect(book.ops("Range.setCellProperties")).toHaveLength(0);
    expect(sheet.cell(2, 5).fill).toEqual(NO_FILL);
    expect(sheet.notes.size).toBe(0);
  });

  it("marks a cell inside a merged range at the range's top-left cell, as the annotated copy does", async () => {
    const { book, sheet } = smallPlan({ note: false });
    sheet.merges.push({ rowIndex: 7, colIndex: 1, lastRowIndex: 10, lastColIndex: 1 });
    const host = hostOn(book, NOTES);
    await host.readWorkbook();
    await host.showMarks([
      mark(9, 1, "warning", "Пропуск у нумерації"),
      mark(7, 1, "info", "Розмите формулювання"),
      mark(2, 2, "error", "Не вказано строк"),
    ]);
    expect(sheet.cell(7, 1).fill.color).toBe(MARK_FILLS.warning);
    expect(sheet.cell(9, 1).fill).toEqual(NO_FILL);
    expect(Object.fromEntries(sheet.notes)).toEqual({
      B8: "Пропуск у нумерації\nРозмите формулювання",
      C3: "Не вказано строк",
    });
    await host.clearMarks();
    expect(sheet.cell(7, 1).fill).toEqual(NO_FILL);
    expect(sheet.notes.size).toBe(0);
  });

  it("restores non-empty original fills with one setCellProperties per column stretch, not per cell", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Кольоровий");
    const banded: Fill = { ...NO_FILL, color: "#E2EFDA", pattern: "Solid" };
    for (let r = 0; r < 3_000; r++) {
      sheet.edit(r, 0).value = `захід ${r}`;
      sheet.edit(r, 1).fill = banded;
      sheet.edit(r, 2).fill = banded;
    }
    const host = hostOn(book);
    const marks = Array.from({ length: 1_000 }, (_, i) =>
      mark(i * 3, 1 + (i % 2), "error", "Немає", "Кольоровий"),
    );
    await host.showMarks(marks);
    book.log.length = 0;
    await host.clearMarks();
    expect(book.ops("Range.setCellProperties").length).toBeLessThanOrEqual(4);
    for (let r = 0; r < 3_000; r++) expect(sheet.cell(r, 1).fill).toEqual(banded);
  });

  it("checks protection first: a protected sheet gives HostError protected and nothing is written", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    sheet.protected = true;
    await expect(hostOn(book).showMarks(SMALL_MARKS)).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
      detail: { sheet: "План заходів" },
    });
    expect(snapshot(sheet)).toEqual(before);
    expect(book.settings.size).toBe(0);
    expect(book.log.filter((e) => /add|fill|setCellProperties|delete|content/.test(e.op))).toEqual([]);
  });

  it("rolls a failed write back to the saved originals: no half-written marks, old ones gone too", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    const host = hostOn(book, NOTES);
    await host.showMarks([mark(9, 0, "error", "Старе")]);
    // The second paint fails: the first is written, the notes are not.
    book.failWhen = (op, n) =>
      op === "RangeAreas.format.fill.color" && n === 3 ? officeError("GeneralException", "boom") : null;
    await expect(host.showMarks(SMALL_MARKS)).rejects.toMatchObject({ name: "HostError", reason: "unknown" });
    book.failWhen = null;
    expect(snapshot(sheet)).toEqual(before);
    // Nothing is left to clear, and clearing again changes nothing.
    await hostOn(book).clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("when even the rollback fails, the ledger written first still lets a later clear restore everything", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    // The user starts typing in a cell while the notes are written (Excel refuses every call then).
    book.failWhen = (op, n) =>
      (op === "NoteCollection.add" && n === 3) || op === "RangeAreas.format.fill.clear"
        ? officeError("InvalidOperationInCellEditMode")
        : null;
    await expect(hostOn(book, NOTES).showMarks(SMALL_MARKS)).rejects.toMatchObject({ reason: "busy" });
    expect(snapshot(sheet)).not.toEqual(before);
    book.failWhen = null;
    await hostOn(book, NOTES).clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });

  it("reports a mark on a sheet that does not exist as HostError not-found, writing nothing", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    await expect(hostOn(book).showMarks([mark(1, 1, "error", "x", "Немає такого")])).rejects.toMatchObject({
      reason: "not-found",
    });
    expect(snapshot(sheet)).toEqual(before);
  });

  it("runs overlapping calls one after the other", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    const host = hostOn(book);
    await Promise.all([
      host.showMarks(SMALL_MARKS),
      host.showMarks(SMALL_MARKS.slice(0, 2)),
      host.clearMarks(),
    ]);
    expect(snapshot(sheet)).toEqual(before);
  });
});

describe("Excel host: marks on older Excel", () => {
  // Where comments cannot be added (the Mac profile), the marks are written again without them.
  const commentsWork = !currentProfile().commentsAddNotImplemented;

  it("uses threaded comments below ExcelApi 1.18, leaving a user's comment alone", async () => {
    const { book, sheet } = smallPlan({ note: false });
    book.comments.push({ id: "user-1", sheetId: sheet.id, a1: "D4", content: "Коментар користувача" });
    const host = hostOn(book, { excelApi: "1.17" });
    await host.readWorkbook();
    book.syncs = 0;
    await host.showMarks(SMALL_MARKS);
    // probe, locate the existing comments, write (and again without comments where they fail)
    expect(book.syncs).toBe(commentsWork ? 3 : 9);
    expect(book.ops("NoteCollection.add")).toHaveLength(0);
    const byCell = Object.fromEntries(book.comments.map((c) => [c.a1, c.content]));
    if (commentsWork)
      expect(byCell).toMatchObject({
        D4: "Коментар користувача",
        D5: "Строк поза періодом плану",
        B8: "Пропуск у нумерації",
      });
    else expect(byCell).toEqual({ D4: "Коментар користувача" });
    expect(host.notices().map((n) => n.code)).toContain(
      commentsWork ? "annotations-as-comments" : "annotations-failed",
    );
    await host.clearMarks();
    expect(book.comments).toEqual([
      { id: "user-1", sheetId: sheet.id, a1: "D4", content: "Коментар користувача" },
    ]);
    expect(sheet.fillAt("D4")).toEqual(YELLOW);
  });

  it("needs only 2 round trips in comment mode when the workbook has no comments", async () => {
    const { book } = smallPlan({ note: false });
    const host = hostOn(book, { excelApi: "1.10" });
    await host.readWorkbook();
    book.syncs = 0;
    await host.showMarks(SMALL_MARKS);
    expect(book.syncs).toBe(commentsWork ? 2 : 6);
    expect(book.comments).toHaveLength(commentsWork ? 5 : 0);
  });

  it("only fills cells below ExcelApi 1.10 (no notes, no comments)", async () => {
    const { book, sheet } = smallPlan();
    const before = snapshot(sheet);
    const host = hostOn(book, { excelApi: "1.9" });
    await host.showMarks(SMALL_MARKS);
    expect(sheet.fillAt("D4")).toMatchObject({ color: MARK_FILLS.error });
    expect(book.comments).toHaveLength(0);
    expect(sheet.notes.size).toBe(1);
    await host.clearMarks();
    expect(snapshot(sheet)).toEqual(before);
  });
});
