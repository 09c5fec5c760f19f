import { validateWorkbook } from "../../../src/engine/validateWorkbook";
import { explainColumns } from "../../../src/engine/plan/explainColumns";
import { sheet } from "../../helpers/grid";

/** Layouts as public documents have them, written by hand: none of their wordings is in the fixtures. */
describe("plans in layouts the fixtures do not show", () => {
  it("reads the Ukrainian programme appendix template: tasks merged down, financing by year, a total, a signature", () => {
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet(
          "Додаток 2",
          [
            ["Додаток 2 до Програми"],
            ["Напрями діяльності та заходи Програми розвитку освіти на 2024–2026 роки"],
            [
              "№ з/п",
              "Назва напряму діяльності (пріоритетні завдання)",
              "Перелік заходів програми",
              "Строк виконання заходу",
              "Виконавці",
              "Джерела фінансування",
              "Орієнтовні обсяги фінансування (вартість), тис. гривень, у тому числі:",
              null,
              null,
              "Очікуваний результат",
            ],
            [null, null, null, null, null, null, "2024", "2025", "2026", null],
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            [
              "1",
              "Розвиток мережі закладів освіти",
              "1.1. Ремонт покрівлі ліцею № 3",
              "2024–2025 роки",
              "Управління освіти міської ради",
              "Міський бюджет",
              1200.5,
              800,
              "-",
              "кількість відремонтованих закладів – 1",
            ],
            [
              null,
              null,
              "1.2. Облаштування укриттів",
              "2024 рік",
              "Управління освіти міської ради, КП «Житлосервіс»",
              "Міський бюджет",
              500,
              "-",
              "-",
              "кількість укриттів – 12",
            ],
            [
              "2",
              "Підтримка обдарованих дітей",
              "2.1. Виплата стипендій",
              "щороку",
              "Управління освіти",
              "Міський бюджет",
              50,
              55,
              60,
              "кількість стипендіатів – 30 осіб",
            ],
            [null, "Усього за Програмою", null, null, null, null, 1750.5, 855, 60, "х"],
            [],
            ["Начальник управління освіти", null, null, null, null, null, "Олена КОВАЛЬ"],
          ],
          ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4", "A6:A7", "B6:B7", "B9:F9"],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}${c.primary ? "" : "+"}`)).toEqual([
      "A:taskNumber",
      "B:task",
      "C:measure",
      "D:deadline",
      "E:responsible",
      "F:financing",
      "G:financingAmount",
      "H:financingAmount+",
      "I:financingAmount+",
      "J:indicator",
    ]);
    expect(plan.sheets[0]?.measures.map((m) => [m.rowIndex + 1, m.key, m.deadline?.kind])).toEqual([
      [6, "1/1.1", "range"],
      [7, "1/1.2", "year"],
      [8, "2/2.1", "continuous"],
    ]);
    expect(plan.sheets[0]?.totalRows).toEqual([8]);
    expect(plan.period).toEqual({ startYear: 2024, endYear: 2026 });
    expect(result.issues).toEqual([]);
  });

  it("reads a Bulgarian municipal plan: Roman-numbered sections, numbers restarting, month ranges, a total", () => {
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet(
          "План 2025",
          [
            ["ОБЩИНСКИ ПЛАН ЗА ДЕЙСТВИЕ ЗА ИНТЕГРИРАНЕ НА РОМИТЕ 2025 – 2026 г."],
            [
              "№",
              "Дейност",
              "Отговорник",
              "Срок за изпълнение",
              "Източник на финансиране",
              "Необходими средства (лв.)",
              "Очакван резултат / индикатор",
            ],
            ["I.", "ОБРАЗОВАНИЕ", null, null, null, null, null],
            [
              "1.",
              "Осигуряване на безплатен транспорт",
              "Община Сливен, директори на училища",
              "м. IX 2025 – м. VI 2026 г.",
              "Общински бюджет",
              "12 000",
              "Брой ученици",
            ],
            [
              "2.",
              "Летни училища по български език",
              "РУО – Сливен",
              "юли – август 2025 г.",
              "НП „Заедно за всяко дете“",
              "5 000",
              "Брой участници",
            ],
            ["II.", "ЗДРАВЕОПАЗВАНЕ", null, null, null, null, null],
            [
              "1.",
              "Имунизационни кампании",
              "РЗИ – Сливен, здравни медиатори",
              "ежегодно",
              "Държавен бюджет",
              "-",
              "Брой имунизирани деца",
            ],
            ["ОБЩО:", null, null, null, null, "17 000", null],
          ],
          ["A1:G1", "B3:G3", "B6:G6", "A8:E8"],
        ),
      ],
    });
    const measures = plan.sheets[0]?.measures ?? [];
    expect(
      measures.map((m) => [m.rowIndex + 1, m.section?.number, m.number, m.deadline?.start ?? null]),
    ).toEqual([
      [4, "I", "1.", "2025-09-01"],
      [5, "I", "2.", "2025-07-01"],
      [7, "II", "1.", null],
    ]);
    expect(measures[2]?.deadline?.recurrence).toEqual({ every: "year", by: null });
    expect(result.issues).toEqual([]);
  });

  it("reads a timeline of year columns without a group label: the marks give each measure its deadline", () => {
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet(
          "План",
          [
            ["План дій на 2025–2027 роки"],
            ["№", "Захід", "Відповідальний", "2025", "2026", "2027", "Показник"],
            ["1", "Створити робочу групу", "Виконавчий комітет", "+", null, null, "кількість засідань"],
            ["2", "Провести навчання", "Відділ освіти", null, "x", "x", "кількість учасників"],
            ["3", "Видати посібник", "Відділ культури", null, null, null, "кількість примірників"],
          ],
          [],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}${c.primary ? "" : "+"}`)).toEqual([
      "A:number",
      "B:measure",
      "C:responsible",
      "D:deadline",
      "E:deadline+",
      "F:deadline+",
      "G:indicator",
    ]);
    expect(plan.sheets[0]?.measures.map((m) => [m.deadline?.start ?? null, m.deadline?.end ?? null])).toEqual(
      [
        ["2025-01-01", "2025-12-31"],
        ["2026-01-01", "2027-12-31"],
        [null, null],
      ],
    );
    expect(result.issues.map((issue) => `${issue.code} ${issue.cell}`)).toEqual(["missing-deadline D5"]);
  });

  it("does not read year columns of amounts as a timeline", () => {
    const { plan } = validateWorkbook({
      sheets: [
        sheet(
          "План",
          [
            ["План дій на 2025–2027 роки"],
            ["№", "Захід", "Відповідальний", "Строк", "2025", "2026", "2027", "Показник"],
            [
              "1",
              "Створити робочу групу",
              "Виконавчий комітет",
              "2025",
              10,
              null,
              null,
              "кількість засідань",
            ],
            ["2", "Провести навчання", "Відділ освіти", "2026", null, "20,5", 30, "кількість учасників"],
          ],
          [],
        ),
      ],
    });
    const roles = explainColumns(plan).map((c) => `${c.column}:${c.role}`);
    expect(roles).toContain("D:deadline");
    expect(roles.filter((r) => r.endsWith(":deadline"))).toHaveLength(1);
  });

  it("reads two goal columns as two levels, and a column labelled only “Бюджет” by its cells", () => {
    const header = ["Стратегическа цел", "Оперативна цел", "№", "Дейност", "Отговорник", "Партньори", "Срок"];
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet(
          "План",
          [
            ["План за действие за периода 2025-2026 г."],
            [...header, "Индикатор", "Бюджет"],
            ["1. Образование", "1.1 Обхват", "1", "Записване", "РУО", "НПО", "2025 г.", "Брой деца", "5000"],
            [null, null, "2", "Медиатори", "РУО", null, "м. IX 2025", "Брой медиатори", "1 200"],
            [null, "1.2 Качество", "1", "Обучения", "РУО", null, "2026 г.", "Брой учители", "-"],
          ],
          ["A3:A5", "B3:B4"],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:goal",
      "B:task",
      "C:number",
      "D:measure",
      "E:responsible",
      "F:partners",
      "G:deadline",
      "H:indicator",
      "I:financingAmount",
    ]);
    expect(plan.sheets[0]?.measures.map((m) => m.key)).toEqual(["1.1/1", "1.1/2", "1.2/1"]);
    expect(result.issues.filter((issue) => issue.code === "duplicate-number")).toEqual([]);
  });

  it("reads a column labelled only “Бюджет” that names sources as the source of financing", () => {
    const { plan } = validateWorkbook({
      sheets: [
        sheet(
          "План",
          [
            ["План за действие за периода 2025-2026 г."],
            ["№", "Дейност", "Отговорник", "Срок", "Индикатор", "Бюджет"],
            ["1", "Записване", "РУО", "2025 г.", "Брой деца", "Общински бюджет"],
            ["2", "Медиатори", "РУО", "2026 г.", "Брой медиатори", "Държавен бюджет"],
          ],
          [],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}`)).toContain("F:financing");
  });

  it("reads a logframe's Goal | Outcome | Activity columns as goal, task and measure", () => {
    const { plan } = validateWorkbook({
      sheets: [
        sheet(
          "Plan",
          [
            ["Action Plan 2025–2027"],
            ["Goal", "Outcome", "Activity", "Responsible institution", "Deadline", "Indicator"],
            [
              "1. Education",
              "1.1 Enrolment",
              "1.1.1 Campaign",
              "Ministry of Education",
              "Sep 2025",
              "Number of children",
            ],
            [null, null, "1.1.2 Textbooks", "Ministry of Education", "2026", "Number of textbooks"],
            [null, "1.2 Dropout", "1.2.1 Mentoring", "Municipalities", "2026-2027", "Dropout rate, %"],
          ],
          ["A3:A5", "B3:B4"],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:goal",
      "B:task",
      "C:measure",
      "D:responsible",
      "E:deadline",
      "F:indicator",
    ]);
    expect(plan.sheets[0]?.measures.map((m) => m.key)).toEqual(["1.1/1.1.1", "1.1/1.1.2", "1.2/1.2.1"]);
  });

  it("reads a hierarchy-labelled column that holds only item numbers as the number column", () => {
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet(
          "План",
          [
            ["Общински план за действие 2025 – 2027 г."],
            ["Цел", "Мярка / дейност", "Отговорни институции", "Срок за изпълнение", "Индикатори"],
            ["Приоритет 1. Образование"],
            ["1.", "Образователни медиатори", "Община, РУО", "м. IX 2025 г.", "Брой медиатори"],
            ["2.", "Обучение по български език", "Училища", "постоянен", "Брой ученици"],
            ["Приоритет 2. Здравеопазване"],
            ["1.", "Профилактични прегледи", "РЗИ", "2025 г.", "Брой прегледи"],
          ],
          [],
        ),
      ],
    });
    expect(explainColumns(plan).map((c) => `${c.column}:${c.role}`)).toContain("A:number");
    expect(plan.sheets[0]?.measures.map((m) => `${m.section?.number}/${m.number}`)).toEqual([
      "1/1.",
      "1/2.",
      "2/1.",
    ]);
    expect(result.issues.filter((issue) => issue.code === "duplicate-number")).toEqual([]);
  });
});
