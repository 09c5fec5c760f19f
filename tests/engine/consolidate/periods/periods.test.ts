import {
  achievement,
  choosePeriod,
  consolidate,
  Consolidator,
  EMPTY_HISTORY,
  isOverdue,
  measureValue,
  periodRecord,
  progressOf,
  readPeriod,
  withPeriod,
  yearPeriod,
  type PeriodRecord,
} from "../../../../src/engine/consolidate";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { sheet } from "../../../helpers/grid";
import { A, B, REPORT, roster, UA, uaPlan } from "../smallPlan";

describe("periods", () => {
  it.each([
    ["2025", "2025", "2025-01-01", "2025-12-31", 2025],
    ["2025 рік", "2025", "2025-01-01", "2025-12-31", 2025],
    ["I півріччя 2025", "I півріччя 2025", "2025-01-01", "2025-06-30", null],
    ["Q3 2026", "Q3 2026", "2026-07-01", "2026-09-30", null],
    ["2024-2025", "2024-2025", "2024-01-01", "2025-12-31", null],
  ])("reads %s as %s, %s – %s", (text, label, start, end, year) => {
    expect(readPeriod(text)).toEqual({ label, start, end, year });
  });

  it.each(["постійно", "до 2025", "", "по мере необходимости"])("refuses %j as a period", (text) => {
    expect(readPeriod(text)).toBeNull();
  });

  it("chooses the given period, else the one most templates name, else the last whole year in the plan's years", () => {
    const base = { planPeriod: { startYear: 2024, endYear: 2027 }, today: "2026-02-10" };
    expect(choosePeriod({ ...base, given: "2025" })).toMatchObject({ ok: true, source: "given" });
    expect(choosePeriod({ ...base, given: "whenever" })).toEqual({ ok: false, given: "whenever" });
    const named = choosePeriod({ ...base, fromTemplates: ["2024", "", "2025", "2025", undefined, null] });
    expect(named).toMatchObject({ ok: true, source: "template", period: { label: "2025" } });
    const tie = choosePeriod({ ...base, fromTemplates: ["2024", "2025"] });
    expect(tie).toMatchObject({ period: { label: "2025" } });
    expect(choosePeriod(base)).toMatchObject({ source: "default", period: { label: "2025" } });
    expect(choosePeriod({ ...base, today: "2031-01-05" })).toMatchObject({ period: { label: "2027" } });
    expect(choosePeriod({ ...base, today: "2023-03-01" })).toMatchObject({ period: { label: "2024" } });
    expect(choosePeriod({ planPeriod: null, today: "2026-02-10" })).toMatchObject({
      period: { label: "2025" },
    });
  });
});

describe("history of periods", () => {
  const record = (label: string, hash = "h"): PeriodRecord => ({
    period: readPeriod(label) ?? yearPeriod(0),
    planHash: hash,
    measures: [],
    executors: [],
  });

  it("adds periods in chronological order and replaces a period consolidated again", () => {
    let history = withPeriod(EMPTY_HISTORY, record("2025"));
    history = withPeriod(history, record("2024"));
    history = withPeriod(history, record("I півріччя 2025"));
    expect(history.periods.map((p) => p.period.label)).toEqual(["2024", "I півріччя 2025", "2025"]);
    history = withPeriod(history, record("2025 рік", "new"));
    expect(history.periods.map((p) => [p.period.label, p.planHash])).toEqual([
      ["2024", "h"],
      ["I півріччя 2025", "h"],
      ["2025", "new"],
    ]);
  });
});

describe("a measure's value, overdue flag and achievement", () => {
  const returnOf = (name: string, rows: (string | number | null)[][]) => ({
    name,
    workbook: { sheets: [sheet("Звіт", [[...UA, ...REPORT], ...rows])] },
  });
  const plan = uaPlan;
  const result = consolidate(
    plan,
    [
      returnOf("a.xlsx", [
        [
          "1.",
          "Завдання про освіту",
          "1) організація літніх таборів для дітей",
          A,
          "2024",
          "табори",
          "виконується",
          12,
        ],
        [null, null, "2) проведення батьківських зборів у школах", A, "2025", "збори", "виконано", 3],
      ]),
      returnOf("b.xlsx", [
        [null, null, "2) проведення батьківських зборів у школах", B, "2025", "збори", "не виконано", 4],
        [
          "2.",
          "Завдання про захист дітей",
          "1) виявлення дітей без документів",
          B,
          "постійно",
          "виявлено",
          "виконується",
          5,
        ],
        [
          "2.",
          "Завдання про захист дітей",
          "1) виявлення дітей без документів",
          B,
          "постійно",
          "виявлено",
          "виконується",
          6,
        ],
      ]),
    ],
    { roster },
  );
  const [first, second, third] = result.measures;

  it("adds up the executors' numbers; an executor contradicting itself leaves the value unknown", () => {
    expect(measureValue(first!)).toBe(12);
    expect(measureValue(second!)).toBe(7);
    expect(third?.conflict).toBe(true);
    expect(measureValue(third!)).toBeNull();
  });

  it("averages the executors' numbers when the indicator is a share", () => {
    const shares = parsePlan({
      sheets: [
        sheet("План", [
          [...UA, "Індикатор виконання"],
          ["1.", "Освіта", "1) охоплення дітей освітою", `${A}, ${B}`, "2025", "частка охоплених дітей, %"],
        ]),
      ],
    });
    const both = new Consolidator(shares, { roster });
    const row = (value: number) => [
      ["1.", "Освіта", "1) охоплення дітей освітою", A, "2025", "", "виконано", value],
    ];
    both.add(returnOf("a.xlsx", row(80)), { executor: "a" });
    both.add(returnOf("b.xlsx", row(90)), { executor: "b" });
    expect(measureValue(both.finish().measures[0]!)).toBe(85);
  });

  it("is overdue when due by the end of the period and not done; continuous deadlines never are", () => {
    const y2024 = yearPeriod(2024);
    const y2025 = yearPeriod(2025);
    expect(isOverdue(first!.measure, "in_progress", y2024)).toBe(true);
    expect(isOverdue(first!.measure, "done", y2024)).toBe(false);
    expect(isOverdue(first!.measure, "not_applicable", y2024)).toBe(false);
    expect(isOverdue(first!.measure, "not_reported", y2024)).toBe(true);
    expect(isOverdue(second!.measure, "not_done", y2024)).toBe(false);
    expect(isOverdue(second!.measure, "not_done", y2025)).toBe(true);
    expect(isOverdue(third!.measure, "not_done", y2025)).toBe(false);
  });

  it("measures achievement from the baseline to the target, whichever way the target lies", () => {
    expect(achievement(45, { baseline: 0, target: 90 })).toBe(0.5);
    expect(achievement(30, { baseline: 50, target: 10 })).toBe(0.5);
    expect(achievement(120, { baseline: 20, target: 100 })).toBe(1.25);
    expect(achievement(10, { baseline: 20, target: 100 })).toBe(-0.125);
    expect(achievement(10, { baseline: null, target: 100 })).toBeNull();
    expect(achievement(10, { baseline: 5, target: 5 })).toBeNull();
    expect(achievement(null, { baseline: 0, target: 5 })).toBeNull();
  });

  it("finds a measure renumbered since the earlier period by its text, and one reworded by its number", () => {
    const earlier: PeriodRecord = {
      ...periodRecord(result, yearPeriod(2024), "h"),
      measures: [
        {
          sheet: "План",
          key: "1/9",
          text: "1) організація літніх таборів для дітей",
          status: "done",
          value: 1,
        },
        { sheet: "План", key: "1/2", text: "2) збори батьків", status: "not_done", value: 2 },
      ],
    };
    const history = withPeriod(
      withPeriod(EMPTY_HISTORY, earlier),
      periodRecord(result, yearPeriod(2025), "h"),
    );
    const progress = progressOf(result, history, yearPeriod(2025), { planPeriod: null, locale: "uk" });
    expect(progress.measures.map((m) => m.statuses)).toEqual([
      ["done", "in_progress"],
      ["not_done", "in_progress"],
      [undefined, "in_progress"],
    ]);
    expect(progress.measures[0]?.firstDone?.label).toBe("2024");
    expect(progress.measures.map((m) => m.change)).toEqual([11, 5, null]);
  });
});
