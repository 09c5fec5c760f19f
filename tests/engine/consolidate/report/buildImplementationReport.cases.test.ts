import { consolidate } from "../../../../src/engine/consolidate/consolidate";
import {
  buildImplementationReport,
  type MeasuresSection,
  type ReportPeriod,
  type SummarySection,
} from "../../../../src/engine/consolidate/report";
import type { ReturnFile } from "../../../../src/engine/consolidate/returns/ReturnRow";
import type { Roster } from "../../../../src/engine/consolidate/roster/Roster";
import type { CellValue } from "../../../../src/engine/grid/CellValue";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { sheet } from "../../../helpers/grid";

const A = "Відділ освіти районної державної адміністрації";
const B = "Служба у справах дітей районної державної адміністрації";
const C = "Відділ культури районної державної адміністрації";
const HEADER = [
  "№ з/п",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Базове значення",
  "Цільове значення",
  "Джерела фінансування",
  "Обсяг фінансування, тис. гривень",
];
const REPORT = [
  "Стан виконання",
  "Статус",
  "Фактичне значення індикатора",
  "Причини невиконання",
  "Використано коштів, тис. грн",
];
const ROWS: CellValue[][] = [
  [
    "1",
    "Організація літніх таборів для дітей",
    `${A}, ${B}`,
    "2024",
    "кількість дітей",
    100,
    300,
    "місцевий бюджет",
    120.5,
  ],
  ["2", "Проведення батьківських зборів у школах", A, "2025", "кількість зборів", null, 12, "-", "-"],
  ["3", "Виявлення дітей без документів", B, "постійно", "кількість дітей", null, null, "не потребує", null],
  [
    "4",
    "Проведення фестивалю ромської культури",
    C,
    "до 31.12.2024",
    "кількість учасників",
    0,
    500,
    "обласний бюджет",
    "50,25",
  ],
];
const plan = parsePlan({
  sheets: [sheet("План", [["План заходів на 2024-2025 роки"], HEADER, ["Ціль 1. Освіта"], ...ROWS])],
});
const roster: Roster = {
  source: "roster",
  entries: [
    { id: "a", name: A, aliases: [], file: "a.xlsx", byConsent: false },
    { id: "b", name: B, aliases: [], file: "b.xlsx", byConsent: false },
    { id: "c", name: C, aliases: [], file: null, byConsent: false },
  ],
};
const ret = (name: string, rows: CellValue[][]): ReturnFile => ({
  name,
  workbook: { sheets: [sheet("Звіт", [[...HEADER, ...REPORT], ...rows])] },
});
const row = (i: number, report: CellValue[]): CellValue[] => [...ROWS[i]!, ...report];
const SAME = "Спільно організовано 3 табори для 240 дітей.";

const result = consolidate(
  plan,
  [
    ret("b.xlsx", [
      row(0, [SAME, "виконано", 240, null, 40]),
      row(2, ["", "не виконано", null, "Немає коштів", null]),
    ]),
    ret("a.xlsx", [
      row(0, [`  ${SAME}\n`, "виконано", 240, null, 60.25]),
      row(1, ["Проведено 5 зборів.\nРешту перенесено.", "виконується", "5 з 12", null, "ще не відомо"]),
    ]),
  ],
  { roster },
);
const period: ReportPeriod = {
  label: "2024",
  start: "2024-01-01",
  end: "2024-12-31",
  year: 2024,
  source: "given",
};
const report = buildImplementationReport(plan, result, { period });
const measures = report.sections.find((s): s is MeasuresSection => s.kind === "measures")!;
const summary = report.sections.find((s): s is SummarySection => s.kind === "summary")!;
const entries = measures.groups.flatMap((g) => g.measures);

describe("the report for the head, measure by measure (a hand-made plan)", () => {
  it("gives an identical text of two executors once, naming both in the roster's order", () => {
    expect(entries[0]!.texts).toEqual([
      { executors: [A, B], status: "done", statusRaw: "виконано", text: SAME, reasons: "" },
    ]);
    expect(entries[0]!.counted).toBe("done");
  });

  it("keeps an executor's text whole, its line breaks included, and a report without text as its status and reasons", () => {
    expect(entries[1]!.texts.map((t) => t.text)).toEqual(["Проведено 5 зборів.\nРешту перенесено."]);
    expect(entries[2]!.texts).toEqual([
      { executors: [B], status: "not_done", statusRaw: "не виконано", text: "", reasons: "Немає коштів" },
    ]);
  });

  it("sets the indicator's achieved values beside its baseline and target", () => {
    expect(measures.columns).toEqual({
      indicator: true,
      baseline: true,
      target: true,
      achieved: true,
      financing: true,
    });
    expect([entries[0]!.indicator, entries[0]!.baseline, entries[0]!.target]).toEqual([
      "кількість дітей",
      "100",
      "300",
    ]);
    expect(entries[0]!.achieved.map((v) => [v.executor, v.value])).toEqual([
      [A, 240],
      [B, 240],
    ]);
    expect(entries[1]!.achieved.map((v) => [v.value, v.raw])).toEqual([[null, "5 з 12"]]);
  });

  it("sets financing planned against spent per measure, per goal and in total", () => {
    expect(entries.map((e) => [e.financing?.planned, e.financing?.spent])).toEqual([
      [120.5, 100.25],
      [null, null],
      [null, null],
      [50.25, null],
    ]);
    expect(entries[0]!.financing?.source).toBe("місцевий бюджет");
    expect(entries[1]!.financing?.spentText).toEqual(["ще не відомо"]);
    expect(measures.financing).toEqual({ planned: 170.75, spent: 100.25 });
    expect(measures.groups.map((g) => g.financing)).toEqual([{ planned: 170.75, spent: 100.25 }]);
  });

  it("marks as overdue what was due by the end of 2024 and is not done", () => {
    expect(entries.map((e) => [e.number, e.counted, e.overdue])).toEqual([
      ["1", "done", false],
      ["2", "in_progress", false],
      ["3", "not_done", false],
      ["4", "not_reported", true],
    ]);
    expect(summary.counts.overdue).toBe(1);
  });

  it("names the silent executor and none as partly reporting", () => {
    expect(summary.silent).toEqual([{ id: "c", name: C, expected: 1, returnedFile: false }]);
    expect(summary.partial).toEqual([]);
    expect(entries[3]!.missing).toEqual([C]);
  });

  it("names a report of a file whose executor is unknown by the file", () => {
    const anonymous = consolidate(
      plan,
      [ret("звіт.xlsx", [row(3, ["Фестиваль проведено.", "виконано", 450, null, 50])])],
      {
        roster: { source: "roster", entries: [] },
      },
    );
    const entry = buildImplementationReport(plan, anonymous, { period })
      .sections.flatMap((s) => (s.kind === "measures" ? s.groups.flatMap((g) => g.measures) : []))
      .find((e) => e.number === "4")!;
    expect(entry.texts.map((t) => t.executors)).toEqual([["звіт.xlsx"]]);
  });
});
