import type { SheetGrid, WorkbookGrid } from "../../grid/SheetGrid";
import type { FieldCells, Measure } from "../../plan/Plan";
import { parsePlan } from "../../plan/parsePlan";
import { cellText } from "../../text/cellText";
import { measureWords, type MeasureWords } from "../match";
import { isTemplateMetaSheet, labelLanguage, TEMPLATE_ID_HEADER } from "../template";
import { REPORT_ROLES, type ReportCells, type ReturnFile, type ReturnRow } from "./ReturnRow";

/** How many rows from the top are searched for the template id header. */
const ID_HEADER_ROWS = 40;

/**
 * The measure rows of a return. The return is read like a plan (headers found on every sheet, tasks filled
 * down, sub-rows attached to their measure), so reordered rows, missing title or goal rows, task numbers only
 * on a task's first row and copies of the whole plan all read the same. `fold` folds measure texts (callers
 * pass a cached one: the same plan texts come back in every return). `language` is that of the return's own
 * column labels (see labelLanguage), which settles how its numbers are written.
 */
export function readReturn(
  file: ReturnFile,
  fold: (text: string) => MeasureWords = measureWords,
): { rows: ReturnRow[]; language: "uk" | "bg" | "en" | null } {
  const sheets = file.workbook.sheets.filter(
    (sheet) => !isTemplateMetaSheet(sheet) && !(file.hiddenSheets?.has(sheet.name) ?? false),
  );
  const workbook: WorkbookGrid = { sheets };
  const plan = parsePlan(workbook, { reports: true });
  const rows: ReturnRow[] = [];
  plan.sheets.forEach((sheet, i) => {
    const grid = sheets[i];
    const idColumn = grid === undefined ? -1 : templateIdColumn(grid);
    for (const measure of sheet.measures) {
      const id = idColumn < 0 ? "" : cellText(grid?.cells[measure.rowIndex]?.[idColumn] ?? null).trim();
      rows.push(toRow(measure, fold, id === "" ? null : id));
    }
  });
  return { rows, language: statusLanguage(rows) ?? labelLanguage(plan, new Set(REPORT_ROLES)) };
}

function toRow(measure: Measure, fold: (text: string) => MeasureWords, templateId: string | null): ReturnRow {
  const responsibleCells = [measure.fields.responsible?.text ?? ""];
  for (const sub of measure.subRows) responsibleCells.push(sub.fields.responsible?.text ?? "");
  return {
    sheet: measure.sheet,
    rowIndex: measure.rowIndex,
    key: measure.key,
    text: measure.text,
    words: fold(measure.text),
    sectionNumber: measure.section?.number ?? null,
    goal: measure.goal === null ? null : { number: measure.goal.number, words: fold(measure.goal.text) },
    responsibleCells,
    responsibleBodies: measure.responsible.map((body) => body.name),
    cells: reportCells(measure.fields),
    subRows: measure.subRows.map((sub) => ({ rowIndex: sub.rowIndex, cells: reportCells(sub.fields) })),
    templateId,
  };
}

function reportCells(fields: FieldCells): ReportCells {
  const cells: ReportCells = {};
  for (const role of REPORT_ROLES) {
    const cell = fields[role];
    if (cell !== undefined && cell.value !== null && cell.text.trim() !== "") cells[role] = cell;
  }
  return cells;
}

/**
 * "en" when the return's statuses are written in English ("Done", "Partially completed"): an executor who writes
 * English statuses also writes English numbers ("2,150"), whatever the column labels say; else null.
 */
function statusLanguage(rows: readonly ReturnRow[]): "en" | null {
  let latin = 0;
  for (const row of rows) {
    const text = row.cells.status?.text ?? "";
    if (/\p{Script=Cyrillic}/u.test(text)) return null;
    if (/[a-z]/i.test(text)) latin++;
  }
  return latin >= 2 ? "en" : null;
}

function templateIdColumn(sheet: SheetGrid): number {
  const rows = Math.min(sheet.cells.length, ID_HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const c = (sheet.cells[r] ?? []).findIndex((value) => value === TEMPLATE_ID_HEADER);
    if (c >= 0) return c;
  }
  return -1;
}
