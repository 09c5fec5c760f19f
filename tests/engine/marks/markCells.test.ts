import {
  MARK_COLOURS,
  markCells,
  marksBySheet,
  MAX_NOTE_LENGTH,
  SEVERITIES,
  severityRank,
  type CellMark,
} from "../../../src/engine";

const mark = (
  rowIndex: number,
  colIndex: number,
  severity: CellMark["severity"],
  note: string,
  sheet = "План",
): CellMark => ({ sheet, rowIndex, colIndex, severity, note });

describe("markCells", () => {
  it("gives a cell its most severe finding's severity and the distinct notes, most severe first", () => {
    const cells = markCells(
      [
        mark(3, 4, "info", "Індикатор розмитий"),
        mark(3, 4, "warning", "Строк поза періодом"),
        mark(3, 4, "error", "Немає строку"),
        mark(3, 4, "info", "  Індикатор розмитий \n"),
        mark(3, 4, "warning", ""),
      ],
      [],
    );
    expect(cells).toEqual([
      {
        rowIndex: 3,
        colIndex: 4,
        severity: "error",
        note: "Немає строку\nСтрок поза періодом\nІндикатор розмитий",
      },
    ]);
  });

  it("keeps findings of one severity in the order they came", () => {
    const [cell] = markCells([mark(0, 0, "warning", "перше"), mark(0, 0, "warning", "друге")], null);
    expect(cell?.note).toBe("перше\nдруге");
  });

  it("moves a finding inside a merged range to the range's top-left cell, and sorts cells by row, column", () => {
    const merges = [
      { rowIndex: 4, colIndex: 1, lastRowIndex: 9, lastColIndex: 1 }, // a task merged down
      { rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 16_383 }, // a title across the sheet
    ];
    const cells = markCells(
      [
        mark(7, 1, "warning", "Нумерація"),
        mark(0, 9_000, "info", "Заголовок"),
        mark(4, 1, "error", "Немає відповідальних"),
        mark(10, 1, "info", "Нижче злиття"),
        mark(5, 0, "info", "Поруч зі злиттям"),
      ],
      merges,
    );
    expect(cells.map((c) => [c.rowIndex, c.colIndex, c.severity, c.note])).toEqual([
      [0, 0, "info", "Заголовок"],
      [4, 1, "error", "Немає відповідальних\nНумерація"],
      [5, 0, "info", "Поруч зі злиттям"],
      [10, 1, "info", "Нижче злиття"],
    ]);
  });

  it("leaves cells where they are when the merges are unknown", () => {
    const cells = markCells([mark(7, 1, "warning", "x"), mark(4, 1, "error", "y")], null);
    expect(cells.map((c) => [c.rowIndex, c.colIndex])).toEqual([
      [4, 1],
      [7, 1],
    ]);
  });

  it(`caps a cell's note at ${MAX_NOTE_LENGTH} characters, ending it with an ellipsis`, () => {
    const long = "Дуже довге повідомлення. ".repeat(120);
    const [cell] = markCells([mark(1, 1, "error", long), mark(1, 1, "info", "ще одне")], null);
    expect(cell?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(cell?.note.endsWith("…")).toBe(true);
    expect(cell?.note.startsWith("Дуже довге повідомлення.")).toBe(true);
    const [short] = markCells([mark(1, 1, "error", "x".repeat(MAX_NOTE_LENGTH))], null);
    expect(short?.note).toBe("x".repeat(MAX_NOTE_LENGTH));
  });
});

describe("marksBySheet", () => {
  it("merges each sheet's marks with that sheet's merged ranges, sheets in order of first appearance", () => {
    const bySheet = marksBySheet(
      [mark(2, 0, "info", "b", "Б"), mark(3, 0, "error", "a", "А"), mark(2, 0, "warning", "c", "Б")],
      (sheet) => (sheet === "А" ? [{ rowIndex: 1, colIndex: 0, lastRowIndex: 5, lastColIndex: 0 }] : null),
    );
    expect([...bySheet.keys()]).toEqual(["Б", "А"]);
    expect(bySheet.get("Б")).toEqual([{ rowIndex: 2, colIndex: 0, severity: "warning", note: "c\nb" }]);
    expect(bySheet.get("А")).toEqual([{ rowIndex: 1, colIndex: 0, severity: "error", note: "a" }]);
  });
});

describe("severity order and mark colours", () => {
  it("ranks errors before warnings before notes", () => {
    expect(SEVERITIES).toEqual(["error", "warning", "info"]);
    expect(severityRank("error")).toBeLessThan(severityRank("warning"));
    expect(severityRank("warning")).toBeLessThan(severityRank("info"));
  });

  it("has one distinct RGB colour per severity", () => {
    const colours = SEVERITIES.map((severity) => MARK_COLOURS[severity]);
    expect(colours.every((c) => /^[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(new Set(colours).size).toBe(3);
  });
});
