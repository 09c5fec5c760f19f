import { validateWorkbook } from "../../../src/engine/validateWorkbook";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings/defaultSettings";
import { explainColumns } from "../../../src/engine/plan/explainColumns";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { sheet } from "../../helpers/grid";

const HEADER = ["№", "Захід", "Виконавці", "Виконати", "Індикатор"];
const row = (n: string, text: string, deadline: CellValue): CellValue[] => [
  n,
  text,
  "Відділ освіти",
  deadline,
  "кількість осіб",
];

describe("sibling sheets lend each other what they know", () => {
  it("reads a continuation sheet without a header with its sibling's columns", () => {
    const { plan, result } = validateWorkbook({
      sheets: [
        sheet("Аркуш1", [
          ["План заходів на 2025 рік"],
          ["№", "Захід", "Виконавці", "Строк", "Індикатор"],
          row("1.", "Провести навчання педагогів", "2025"),
          row("2.", "Видати методичний посібник", "IV квартал 2025"),
        ]),
        sheet("Аркуш2", [
          row("3.", "Оновити сайт відділу освіти", "постійно"),
          row("4.", "Провести конкурс проєктів", "2025"),
          row("5.", "Організувати літній табір", null),
        ]),
      ],
    });
    const second = plan.sheets[1];
    expect(second?.measures.map((m) => [m.rowIndex + 1, m.number, m.deadline?.kind ?? null])).toEqual([
      [1, "3.", "continuous"],
      [2, "4.", "year"],
      [3, "5.", null],
    ]);
    expect(explainColumns(plan).find((c) => c.sheet === "Аркуш2" && c.role === "deadline")).toMatchObject({
      column: "D",
      evidence: { source: "sibling", sheet: "Аркуш1" },
    });
    expect(result.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`)).toEqual([
      "missing-deadline@Аркуш2!D3",
    ]);
  });

  it("leaves a sheet of other rows alone", () => {
    const { plan } = validateWorkbook({
      sheets: [
        sheet("План", [
          ["№", "Захід", "Виконавці", "Строк", "Індикатор"],
          row("1.", "Провести навчання", "2025"),
          row("2.", "Видати посібник", "2026"),
        ]),
        sheet("Довідка", [
          ["Пояснення до плану", null, null],
          ["Цей аркуш містить довідкову інформацію про план", "без таблиці", "заходів"],
          ["Контакти відповідальних осіб наведено нижче", "телефон", "пошта"],
        ]),
      ],
    });
    expect(plan.sheets[1]?.measures).toEqual([]);
  });

  it("maps a column on every sheet of the same layout when the user maps it on one", () => {
    const rows = (first: string): CellValue[][] => [
      HEADER,
      row("1.", `${first}: провести навчання`, "після отримання коштів"),
      row("2.", `${first}: видати посібник`, "за потреби"),
    ];
    const workbook = { sheets: [sheet("Освіта", rows("Освіта")), sheet("Культура", rows("Культура"))] };
    const before = validateWorkbook(workbook).result.issues.filter((i) => i.code === "missing-column");
    expect(before.map((i) => [i.field, i.params])).toEqual([
      ["deadline", expect.objectContaining({ sheets: ["Освіта", "Культура"] })],
    ]);
    const settings = { ...DEFAULT_SETTINGS, columns: { Освіта: { deadline: "D" } } };
    const { plan, result } = validateWorkbook(workbook, settings);
    expect(result.issues.filter((i) => i.code === "missing-column")).toEqual([]);
    expect(
      explainColumns(plan)
        .filter((c) => c.role === "deadline")
        .map((c) => [c.sheet, c.evidence.source]),
    ).toEqual([
      ["Освіта", "settings"],
      ["Культура", "sibling"],
    ]);
  });
});
