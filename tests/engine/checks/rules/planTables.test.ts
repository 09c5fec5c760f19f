import { validatePlan } from "../../../../src/engine/checks/validatePlan";
import type { CellValue } from "../../../../src/engine/grid/CellValue";
import type { SheetGrid } from "../../../../src/engine/grid/SheetGrid";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { sheet } from "../../../helpers/grid";
import { UK_HEADER } from "../../../helpers/plans";

/**
 * sheet-without-table: a sheet with text but no table we recognise, in a workbook where other sheets have one,
 * is skipped and said so once (a note on the sheet, no cell). no-plan-table: no sheet has a table at all.
 */
const PLAN: CellValue[][] = [
  ["План заходів на 2024-2025 роки"],
  UK_HEADER,
  ["1.", "Провести навчання", "Відділ освіти", "2024", "кількість осіб", "бюджет"],
  ["2.", "Видати посібник", "Відділ культури", "2025", "кількість примірників", "бюджет"],
];

function tableFindings(...sheets: SheetGrid[]): [string, string, string | null, string | null][] {
  return validatePlan(parsePlan({ sheets }))
    .issues.filter((issue) => issue.code === "sheet-without-table" || issue.code === "no-plan-table")
    .map((issue) => [issue.code, issue.severity, issue.sheet, issue.cell]);
}

describe("planTables (sheet-without-table, no-plan-table)", () => {
  it("notes each sheet of text beside the plan, once, without a cell", () => {
    const notes = sheet("Пояснення", [
      ["Пояснювальна записка до плану заходів"],
      ["План погоджено на засіданні виконавчого комітету 12.03.2024."],
    ]);
    const contacts = sheet("Контакти", [["Відповідальна особа: Іваненко І. І., тел. 12-34-56"]]);
    expect(tableFindings(sheet("План", PLAN), notes, contacts)).toEqual([
      ["sheet-without-table", "info", "Пояснення", null],
      ["sheet-without-table", "info", "Контакти", null],
    ]);
  });

  it("says nothing of an empty sheet, or of a workbook whose every sheet holds a table", () => {
    expect(tableFindings(sheet("План", PLAN), sheet("Аркуш2", []), sheet("Аркуш3", [[null, ""]]))).toEqual(
      [],
    );
    expect(tableFindings(sheet("План", PLAN), sheet("План (2)", PLAN))).toEqual([]);
  });

  it("reports a workbook without any table once, as no-plan-table, not sheet by sheet", () => {
    const text = sheet("Пояснення", [["Пояснювальна записка до плану заходів"]]);
    expect(tableFindings(text, sheet("Контакти", [["тел. 12-34-56"]]))).toEqual([
      ["no-plan-table", "error", null, null],
    ]);
  });
});
