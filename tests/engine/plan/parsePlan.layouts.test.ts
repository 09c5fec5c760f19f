import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { validatePlan } from "../../../src/engine/checks/validatePlan";
import { sheet } from "../../helpers/grid";

const HEADER_UK = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Джерела фінансування",
];

describe("parsePlan on layouts the fixtures do not show", () => {
  it("reads a two-row header whose group label spans two sub-columns, and a column-number row", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "План",
          [
            ["ЗАТВЕРДЖЕНО", null, null, null, null, null, null],
            ["План заходів на 2024-2025 роки", null, null, null, null, null, null],
            ["№", "Захід", "Відповідальні", "Термін виконання", "Очікуваний результат", "Фінансування", null],
            [null, null, null, null, null, "джерела", "обсяг, тис. грн"],
            [1, 2, 3, 4, 5, 6, 7],
            [
              "1.",
              "Провести навчання",
              "Відділ освіти",
              "2024 рік",
              "кількість навчених осіб",
              "місцевий бюджет",
              "12,5",
            ],
            [
              "2.",
              "Видати посібник",
              "Відділ культури",
              "IV квартал 2025",
              "кількість примірників",
              "-",
              "-",
            ],
          ],
          ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3"],
        ),
      ],
    });
    const [planSheet] = plan.sheets;
    expect(planSheet?.headers[0]?.roles).toMatchObject({
      number: 0,
      measure: 1,
      responsible: 2,
      deadline: 3,
      indicator: 4,
      financing: 5,
      financingAmount: 6,
    });
    expect(planSheet?.headers[0]?.columnNumberRows).toEqual([4]);
    expect(planSheet?.measures.map((m) => [m.rowIndex + 1, m.number, m.deadline?.kind])).toEqual([
      [6, "1.", "year"],
      [7, "2.", "quarter"],
    ]);
    expect(plan.period).toEqual({ startYear: 2024, endYear: 2025 });
    expect(validatePlan(plan).counts.error).toBe(0);
  });

  it("understands blank task cells as the task above when merge information is missing", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "Аркуш1",
          [
            HEADER_UK,
            ["Ціль 1. Доступ до освіти", null, null, null, null, null, null],
            [
              "1.",
              "Забезпечити доступ",
              "1) провести кампанію",
              "Департамент освіти",
              "2022-2023 роки",
              "кількість кампаній",
              "не потребує",
            ],
            [
              null,
              null,
              "2) видати довідник",
              "Департамент освіти",
              "постійно",
              "кількість довідників",
              "не потребує",
            ],
            [
              "2.",
              "Підтримати школи",
              "1) закупити обладнання",
              null,
              "2023",
              "кількість шкіл",
              "обласний бюджет",
            ],
          ],
          null,
        ),
      ],
    });
    const measures = plan.sheets[0]?.measures ?? [];
    expect(measures.map((m) => [m.key, m.goal?.number, m.task?.number])).toEqual([
      ["1/1", "1", "1."],
      ["1/2", "1", "1."],
      ["2/1", "1", "2."],
    ]);
    const issues = validatePlan(plan).issues.filter((i) => i.severity === "error");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["missing-responsible", "D5"]]);
  });

  it("joins a row split by a page break back into the measure above", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "План",
          [
            HEADER_UK,
            [
              "1.",
              "Завдання",
              "1) забезпечення проведення інформаційних кампаній для",
              "Департамент освіти і науки",
              "2022-",
              "кількість",
              "не потребує",
            ],
            [
              null,
              null,
              "осіб ромської національності",
              "(за згодою)",
              "2023 роки",
              "проведених кампаній",
              null,
            ],
            [
              null,
              null,
              "2) проведення семінарів",
              "Департамент освіти і науки",
              "постійно",
              "кількість семінарів",
              "не потребує",
            ],
          ],
          null,
        ),
      ],
    });
    const measures = plan.sheets[0]?.measures ?? [];
    expect(measures).toHaveLength(2);
    const first = measures[0]!;
    expect(first.joinedRows).toEqual([2]);
    expect(first.text).toBe(
      "1) забезпечення проведення інформаційних кампаній для\nосіб ромської національності",
    );
    expect(first.deadline).toMatchObject({ kind: "range", start: "2022-01-01", end: "2023-12-31" });
    expect(first.fields.indicator?.text).toBe("кількість\nпроведених кампаній");
    expect(measures[1]?.rowIndex).toBe(3);
    expect(validatePlan(plan).issues.map((i) => i.code)).toEqual(["rows-joined"]);
  });

  it("keeps un-numbered rows with their own values as sub-rows of the measure above", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "Приоритет 1",
          [
            [
              null,
              "Мерки",
              "Статус",
              "Срок",
              "Отговорна институция",
              "Източник на финансиране",
              "Индикатори",
            ],
            [
              "1.1",
              "Механизъм за съвместна работа",
              "Текущ",
              "2024-2027 г.",
              "МОН",
              "Държавен бюджет",
              "Брой деца",
            ],
            [null, null, null, null, "РУО-Русе", "НП „Хубаво е в детска градина“", "Брой обхванати деца"],
          ],
          null,
        ),
      ],
    });
    const measure = plan.sheets[0]?.measures[0];
    expect(plan.sheets[0]?.measures).toHaveLength(1);
    expect(measure?.subRows.map((row) => row.rowIndex)).toEqual([2]);
    expect(measure?.responsible.map((e) => e.name)).toEqual(["МОН", "РУО-Русе"]);
  });

  it("lists every numbered activity of a cell that holds several", () => {
    const plan = parsePlan({
      sheets: [
        sheet(
          "Plan",
          [
            ["No.", "Activity", "Responsible", "Deadline", "Indicator"],
            ["Goal 1. Education", null, null, null, null],
            [
              null,
              "1.1.1. Train teachers\n1.1.2. Publish a guide\n1.1.4. Hold a conference",
              "Ministry",
              "2025",
              "number of teachers",
            ],
          ],
          ["A2:E2"],
        ),
      ],
    });
    const measure = plan.sheets[0]?.measures[0];
    expect(measure?.numbers).toEqual(["1.1.1.", "1.1.2.", "1.1.4."]);
    const codes = validatePlan(plan).issues.map((i) => [i.code, i.cell]);
    expect(codes).toContainEqual(["numbering-gap", "B3"]);
  });

  it("reports a missing required column once and a sheet without any table as an error", () => {
    const noDeadline = parsePlan({
      sheets: [
        sheet("A", [
          ["Захід", "Відповідальні", "Індикатор"],
          ["Провести навчання", "Відділ освіти", "кількість осіб"],
          ["Видати посібник", "Відділ культури", "кількість примірників"],
        ]),
      ],
    });
    const codes = validatePlan(noDeadline).issues.map((i) => [i.code, i.field, i.row]);
    expect(codes).toEqual([["missing-column", "deadline", 1]]);
    const empty = validatePlan(parsePlan({ sheets: [sheet("Лист1", [["Просто текст"], ["ще текст"]])] }));
    expect(empty.issues.map((i) => i.code)).toEqual(["no-plan-table"]);
    expect(empty.status).toBe("errors");
  });
});
