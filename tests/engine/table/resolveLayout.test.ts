import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { validatePlan } from "../../../src/engine/checks/validatePlan";
import { validateWorkbook } from "../../../src/engine/validateWorkbook";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings/defaultSettings";
import { sheet } from "../../helpers/grid";
import type { CellValue } from "../../../src/engine/grid/CellValue";

const table = (rows: CellValue[][], merges: string[] | null = []) =>
  parsePlan({ sheets: [sheet("План", rows, merges)] }).sheets[0];

describe("resolveLayout: which column holds what, and why", () => {
  it("takes the total among a financing group's year sub-columns as the amount column, the years as further columns", () => {
    const plan = table(
      [
        ["№", "Захід", "Виконавець", "Строк", "Індикатор", "Обсяг фінансування, тис. грн", null, null],
        [null, null, null, null, null, "Усього", "2024", "2025"],
        ["1.", "Ремонт школи", "Відділ освіти", "2024-2025", "кількість шкіл", null, "100", "50"],
        ["2.", "Навчання вчителів", "Відділ освіти", "2025", "кількість вчителів", "20", null, "20"],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1"],
    );
    const layout = plan?.tables[0];
    expect(layout?.roles.financingAmount).toBe(5);
    expect(layout?.extras.financingAmount).toEqual([6, 7]);
    // the first measure's total is blank: its amount is read from the first filled year
    expect(plan?.measures[0]?.fields.financingAmount?.text).toBe("100");
    expect(plan?.measures[1]?.fields.financingAmount?.text).toBe("20");
  });

  it("reads a lead column as the responsible bodies and keeps partners apart", () => {
    const plan = table([
      ["No.", "Activity", "Lead", "Partners", "Timeline", "Indicator"],
      ["1", "Train teachers", "Ministry of Education", "UNICEF", "Q1 2025", "Number of teachers trained"],
      ["2", "Open a centre", null, "Municipality", "2026", "Number of centres"],
    ]);
    expect(plan?.tables[0]?.roles).toMatchObject({ responsible: 2, partners: 3, deadline: 4, indicator: 5 });
    const issues = validatePlan(
      parsePlan({
        sheets: [
          sheet("P", [
            ["No.", "Activity", "Lead", "Partners", "Timeline", "Indicator"],
            [
              "1",
              "Train teachers",
              "Ministry of Education",
              "UNICEF",
              "Q1 2025",
              "Number of teachers trained",
            ],
            ["2", "Open a centre", null, "Municipality", "2026", "Number of centres"],
          ]),
        ],
      }),
    ).issues.map((i) => `${i.code}@${i.cell}`);
    // partners do not stand in for a lead
    expect(issues).toEqual(["missing-responsible@C3"]);
  });

  it("finds an unlabelled deadline column by its cells and says so", () => {
    const plan = table([
      ["№", "Найменування заходу", "Відповідальні", "Виконати", "Індикатор"],
      ["1.", "Провести навчання", "Відділ освіти", "IV квартал 2024", "кількість осіб"],
      ["2.", "Видати посібник", "Відділ культури", "постійно", "кількість примірників"],
      ["3.", "Оновити сайт", "Відділ культури", "2025", "кількість відвідувань"],
    ]);
    const deadline = plan?.tables[0]?.columns.find((c) => c.role === "deadline");
    expect(deadline).toMatchObject({
      colIndex: 3,
      header: "Виконати",
      evidence: { source: "content", kind: "deadlines", share: 1, cells: 3 },
    });
    expect(plan?.measures[0]?.deadline).toMatchObject({ kind: "quarter", start: "2024-10-01" });
  });

  it("finds the responsible column by the names of bodies in it", () => {
    const plan = table([
      ["№", "Захід", "Суб'єкти", "Строк", "Індикатор"],
      ["1.", "Провести навчання", "Департамент освіти", "2024", "кількість осіб"],
      ["2.", "Видати посібник", "Управління культури (за згодою)", "2025", "кількість примірників"],
      ["3.", "Оновити сайт", "ЦНАП", "2025", "кількість відвідувань"],
    ]);
    expect(plan?.tables[0]?.roles.responsible).toBe(2);
  });

  it("never reports a column the user mapped as missing, and names the closest candidate otherwise", () => {
    const rows: CellValue[][] = [
      ["№", "Захід", "Відповідальні", "Дата", "Індикатор"],
      ["1.", "Провести навчання", "Відділ освіти", "після отримання коштів", "кількість осіб"],
      ["2.", "Видати посібник", "Відділ культури", "за потреби", "кількість примірників"],
    ];
    const workbook = { sheets: [sheet("План", rows)] };
    const unmapped = validateWorkbook(workbook).result.issues.filter((i) => i.code === "missing-column");
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]).toMatchObject({
      field: "deadline",
      cell: "D1",
      params: { candidate: { column: "D", header: "Дата" }, seen: expect.arrayContaining(["D “Дата”"]) },
    });
    const settings = { ...DEFAULT_SETTINGS, columns: { План: { deadline: "D" } } };
    const mapped = validateWorkbook(workbook, settings);
    expect(mapped.result.issues.filter((i) => i.code === "missing-column")).toEqual([]);
    expect(mapped.plan.sheets[0]?.tables[0]?.columns.find((c) => c.role === "deadline")).toMatchObject({
      colIndex: 3,
      evidence: { source: "settings" },
      confidence: 1,
    });
    expect(mapped.result.issues.map((i) => i.code)).toEqual(["unparsed-deadline", "unparsed-deadline"]);
  });
});
