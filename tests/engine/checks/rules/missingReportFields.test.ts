import { validatePlan } from "../../../../src/engine/checks/validatePlan";
import type { CellValue } from "../../../../src/engine/grid/CellValue";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import type { Settings } from "../../../../src/engine/settings/Settings";
import { DEFAULT_SETTINGS } from "../../../../src/engine/settings/defaultSettings";
import { sheet } from "../../../helpers/grid";
import { settings } from "../../../helpers/plans";

/**
 * missing-financing-amount, missing-status, missing-baseline: the columns a plan may have beyond the required
 * ones. Checked only when the settings name them (recommended → warning, required → error); an empty cell or a
 * lone dash is missing, except that a dash means "no funds needed" for the amount.
 */
const HEADER = [
  "№ з/п",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
  "Індикатор виконання",
  "Обсяг фінансування, тис. грн",
  "Статус виконання",
  "Базове значення",
];
// A B C D E F G H
const ROWS: CellValue[][] = [
  ["1.", "Провести навчання", "Відділ освіти", "2024", "кількість осіб", "120", "виконано", "0"],
  ["2.", "Видати посібник", "Відділ культури", "2025", "кількість примірників", "-", "—", null],
  ["3.", "Провести конкурс", "Міська рада", "2025", "кількість учасників", null, null, "-"],
  ["4.", "Створити сайт", "Відділ ІТ", "2024", "кількість відвідувачів", "15,5", "виконується", "10"],
];

function findings(rows: CellValue[][], options: Settings): [string, string | null, string, unknown][] {
  const plan = parsePlan({
    sheets: [sheet("План", [["План заходів на 2024-2025 роки"], HEADER, ...rows])],
  });
  return validatePlan(plan, options)
    .issues.filter((issue) => /^missing-(financing-amount|status|baseline)$/.test(issue.code))
    .map((issue) => [issue.code, issue.cell, issue.severity, issue.params]);
}

const recommended = settings({ recommendedFields: ["financingAmount", "status", "baseline"] });

describe("missing-financing-amount, missing-status, missing-baseline", () => {
  it("are not checked unless the settings ask for them", () => {
    expect(findings(ROWS, DEFAULT_SETTINGS)).toEqual([]);
  });

  it("mark each measure whose cell is empty or only a dash, on its cell (row by row), as warnings when recommended", () => {
    expect(findings(ROWS, recommended)).toEqual([
      ["missing-status", "G4", "warning", { placeholder: true }],
      ["missing-baseline", "H4", "warning", { placeholder: false }],
      ["missing-financing-amount", "F5", "warning", { placeholder: false }],
      ["missing-status", "G5", "warning", { placeholder: false }],
      ["missing-baseline", "H5", "warning", { placeholder: true }],
    ]);
  });

  it("are errors when required", () => {
    const required = settings({
      requiredFields: ["responsible", "deadline", "indicator", "status"],
      recommendedFields: [],
    });
    expect(findings(ROWS, required)).toEqual([
      ["missing-status", "G4", "error", { placeholder: true }],
      ["missing-status", "G5", "error", { placeholder: false }],
    ]);
  });

  it("say nothing when every measure has its values", () => {
    const full = ROWS.map((row) => [...row.slice(0, 5), "50", "виконано", "1"]);
    expect(findings(full, recommended)).toEqual([]);
  });

  it("sub-rows of a measure can hold its value", () => {
    const rows: CellValue[][] = [
      ROWS[0]!,
      ["2.", "Видати посібник", "Відділ культури", "2025", "кількість примірників", null, null, null],
      [null, null, null, null, "у тому числі електронних", "30", "виконано", "5"],
      ROWS[3]!,
    ];
    expect(findings(rows, recommended)).toEqual([]);
    const withoutSubRowValues = rows.map((row, i) =>
      i === 2 ? [...row.slice(0, 5), null, null, null] : row,
    );
    expect(findings(withoutSubRowValues, recommended).map(([code, cell]) => [code, cell])).toEqual([
      ["missing-financing-amount", "F4"],
      ["missing-status", "G4"],
      ["missing-baseline", "H4"],
    ]);
  });
});
