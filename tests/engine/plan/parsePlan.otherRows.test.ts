import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { validatePlan } from "../../../src/engine/checks/validatePlan";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { sheet } from "../../helpers/grid";

const HEADER = ["№", "Захід", "Відповідальні", "Строк", "Індикатор", "Обсяг, тис. грн"];
const measureRow = (n: string, text: string, amount: CellValue = 10): CellValue[] => [
  n,
  text,
  "Відділ освіти",
  "2025",
  "кількість осіб",
  amount,
];

const rowsOf = (rows: CellValue[][], merges: string[] | null = []) => {
  const plan = parsePlan({ sheets: [sheet("План", rows, merges)] });
  return { plan, sheet: plan.sheets[0], measures: plan.sheets[0]?.measures.map((m) => m.rowIndex + 1) };
};

describe("rows that are not measures", () => {
  it.each([
    ["Усього за розділом 1", 0],
    ["Разом", 1],
    ["ВСЬОГО:", 0],
    ["Итого по программе", 1],
    ["Общо за приоритет 2", 1],
    ["Total", 0],
    ["Sub-total Objective 1", 1],
    ["у тому числі місцевий бюджет", 1],
    ["в т.ч. обласний бюджет", 1],
  ])("reads %j (in column %i) as a total, never a measure or a sub-row", (label, col) => {
    const total: CellValue[] = [null, null, null, null, null, 30];
    total[col] = label;
    const { sheet: s, measures } = rowsOf([
      HEADER,
      measureRow("1.", "Навчання"),
      measureRow("2.", "Посібник", 20),
      total,
    ]);
    expect(measures).toEqual([2, 3]);
    expect(s?.totalRows).toEqual([3]);
    expect(s?.measures[1]?.subRows).toEqual([]);
  });

  it("reads a total merged across the first columns, with sums beside it, without breaking the goal", () => {
    const { sheet: s, measures } = rowsOf(
      [
        HEADER,
        ["Ціль 1. Освіта", null, null, null, null, null],
        measureRow("1.", "Навчання"),
        ["Усього за ціллю 1", null, null, null, null, 10],
        measureRow("2.", "Посібник"),
      ],
      ["A2:F2", "A4:E4"],
    );
    expect(measures).toEqual([3, 5]);
    expect(s?.totalRows).toEqual([3]);
    expect(s?.measures[1]?.goal?.number).toBe("1");
  });

  it("keeps a measure that starts with a total word but names its executors", () => {
    const { measures } = rowsOf([
      HEADER,
      measureRow("1.", "Навчання"),
      [
        "2.",
        "Разом з громадськими організаціями провести форум",
        "Відділ молоді",
        "2025",
        "кількість учасників",
        5,
      ],
    ]);
    expect(measures).toEqual([2, 3]);
  });

  it("skips notes, page numbers, repeated column numbers and a signature block", () => {
    const {
      plan,
      sheet: s,
      measures,
    } = rowsOf([
      ["План заходів на 2025 рік"],
      HEADER,
      [1, 2, 3, 4, 5, 6],
      measureRow("1.", "Навчання"),
      [null, null, null, "- 2 -", null, null],
      [1, 2, 3, 4, 5, 6],
      measureRow("2.", "Посібник"),
      ["* за згодою", null, null, null, null, null],
      ["Примітка: обсяги фінансування є орієнтовними", null, null, null, null, null],
      [],
      ["Начальник відділу освіти", null, null, null, "Іван ПЕТРЕНКО", null],
    ]);
    expect(measures).toEqual([4, 7]);
    expect(s?.notes.map((n) => n.rowIndex + 1)).toEqual([8, 9]);
    expect(s?.skippedRows).toEqual([4, 5]);
    expect(s?.footerRows).toEqual([10]);
    expect(validatePlan(plan).counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("ends the table at a signature typed into the measure column", () => {
    const { measures, sheet: s } = rowsOf([
      HEADER,
      measureRow("1.", "Навчання"),
      [null, "Міський голова                         О. КОВАЛЬ", null, null, null, null],
    ]);
    expect(measures).toEqual([2]);
    expect(s?.footerRows).toEqual([2]);
  });

  it("goes on after a blank row when a goal or a numbered row follows", () => {
    const { measures } = rowsOf(
      [
        HEADER,
        ["Ціль 1. Освіта", null, null, null, null, null],
        measureRow("1.", "Навчання"),
        [],
        ["Ціль 2. Культура", null, null, null, null, null],
        measureRow("2.", "Фестиваль"),
        [],
        measureRow("3.", "Виставка"),
      ],
      ["A2:F2", "A5:F5"],
    );
    expect(measures).toEqual([3, 6, 8]);
  });
});

describe("hierarchy in columns", () => {
  const HEADER_COLS = ["Пріоритет", "Ціль", "№", "Захід", "Виконавець", "Термін", "Показник"];

  it("reads goals from a merged-down goal column, with numbers restarting per goal", () => {
    const {
      plan,
      sheet: s,
      measures,
    } = rowsOf(
      [
        HEADER_COLS,
        ["I. Освіта", "1. Доступ до освіти", "1", "Навчання", "Відділ освіти", "2025", "кількість осіб"],
        [null, null, "2", "Посібник", "Відділ освіти", "2026", "кількість примірників"],
        [null, "2. Якість освіти", "1", "Тренінг", "Відділ освіти", "2025", "кількість вчителів"],
        ["II. Культура", "1. Фестивалі", "1", "Фестиваль", "Відділ культури", "2025", "кількість учасників"],
      ],
      ["A2:A4", "B2:B3"],
    );
    expect(measures).toEqual([2, 3, 4, 5]);
    expect(s?.measures.map((m) => [m.section?.text, m.goal?.number, m.number])).toEqual([
      ["I. Освіта", "1", "1"],
      ["I. Освіта", "1", "2"],
      ["I. Освіта", "2", "1"],
      ["II. Культура", "1", "1"],
    ]);
    expect(validatePlan(plan).issues.map((i) => i.code)).toEqual([]);
  });

  it("reads a goal written once and left blank below, or repeated on every row, the same way", () => {
    const rows = (repeat: boolean): CellValue[][] => [
      ["Ціль", "№", "Захід", "Виконавець", "Термін", "Показник"],
      ["Ціль 1. Доступ", "1", "Навчання", "Відділ освіти", "2025", "кількість осіб"],
      [repeat ? "Ціль 1. Доступ" : null, "2", "Посібник", "Відділ освіти", "2026", "кількість примірників"],
      ["Ціль 2. Якість", "1", "Тренінг", "Відділ освіти", "2025", "кількість вчителів"],
      [
        repeat ? "Ціль 2. Якість" : null,
        "1",
        "Тренінг ще раз",
        "Відділ освіти",
        "2025",
        "кількість вчителів",
      ],
    ];
    for (const repeat of [false, true]) {
      const { plan, sheet: s } = rowsOf(rows(repeat), null);
      expect(s?.measures.map((m) => `${m.goal?.number}/${m.number}`)).toEqual(["1/1", "1/2", "2/1", "2/1"]);
      // "1" twice under goal 2 is a slip; "1" under goal 1 and goal 2 is not
      expect(validatePlan(plan).issues.map((i) => `${i.code}@${i.row}`)).toEqual(["duplicate-number@5"]);
    }
  });
});
