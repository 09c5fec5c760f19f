import type { CellValue, WorkbookGrid } from "../../../src/engine";

/**
 * A small Ukrainian plan (period 2024–2025 in the title) with known gaps: measure 2 has no responsible body,
 * measure 3 no deadline, measure 5 follows 3 (numbering gap) with a deadline outside the period.
 */
export const PLAN_ROWS: CellValue[][] = [
  ["План заходів з інтеграції ромів на 2024-2025 роки", null, null, null, null],
  ["№ з/п", "Найменування заходу", "Відповідальні за виконання", "Строк виконання", "Індикатор виконання"],
  ["1.", "Провести навчання для вчителів", "Відділ освіти", "2024 рік", "кількість навчених вчителів"],
  ["2.", "Організувати зустрічі з громадою", null, "2025 рік", "кількість проведених зустрічей"],
  ["3.", "Підготувати щорічний звіт", "Відділ соціального захисту", null, "кількість підготовлених звітів"],
  ["5.", "Відкрити консультаційний пункт", "Міська рада", "2030 рік", "кількість звернень до пункту"],
];

export function planGrid(rows: CellValue[][] = PLAN_ROWS, name = "План"): WorkbookGrid {
  return { sheets: [{ name, cells: rows, merges: [] }] };
}

/** The same plan with every gap filled: no findings at all. */
export function cleanPlanGrid(): WorkbookGrid {
  return planGrid([
    PLAN_ROWS[0]!,
    PLAN_ROWS[1]!,
    PLAN_ROWS[2]!,
    ["2.", "Організувати зустрічі з громадою", "Міська рада", "2025 рік", "кількість проведених зустрічей"],
    [
      "3.",
      "Підготувати щорічний звіт",
      "Відділ соціального захисту",
      "2025 рік",
      "кількість підготовлених звітів",
    ],
  ]);
}

/** The deadline column is labelled “Етап” and a quarter of its cells read as deadlines: missing, D proposed. */
export const STAGE_ROWS: CellValue[][] = [
  PLAN_ROWS[0]!,
  ["№ з/п", "Найменування заходу", "Відповідальні за виконання", "Етап", "Індикатор виконання"],
  ...["2024 рік", "перший етап", "другий етап", "після погодження"].map((stage, i) => [
    `${i + 1}.`,
    `Провести навчання ${i + 1}`,
    "Відділ освіти",
    stage,
    "кількість осіб",
  ]),
];

export function stageGrid(): WorkbookGrid {
  return planGrid(STAGE_ROWS);
}
