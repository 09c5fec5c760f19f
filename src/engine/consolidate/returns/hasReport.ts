import type { Measure, PlanSheet } from "../../plan/Plan";
import { collapseSpace } from "../../text/collapseSpace";
import { REPORT_ROLES, type ReportCells, type ReportRole, type ReturnRow } from "./ReturnRow";

/**
 * The report columns a plan sheet fills itself: a report role (status, current value …) that the sheet has
 * a column for and that more than half of its measures fill. Bulgarian plans carry "Статус" (Текущ /
 * Предстоящ) this way; an executor copying the plan copies those values, which report nothing.
 */
export function plannedRoles(sheet: PlanSheet): ReadonlySet<ReportRole> {
  const roles = new Set<ReportRole>();
  if (sheet.measures.length === 0) return roles;
  for (const role of REPORT_ROLES) {
    if (!sheet.tables.some((table) => table.roles[role] !== undefined)) continue;
    const filled = sheet.measures.filter((m) => collapseSpace(m.fields[role]?.text ?? "") !== "").length;
    if (filled / sheet.measures.length > 0.5) roles.add(role);
  }
  return roles;
}

/**
 * True when a return row reports something: a report cell is filled that the plan does not fill itself, or
 * a column the plan fills holds a value other than the plan's (`target`: the matched plan measure, or null
 * for a row that matched none — then only columns the plan leaves to executors count). Rows of a full plan
 * copy with nothing filled in are not reports.
 */
export function hasReport(row: ReturnRow, planned: ReadonlySet<ReportRole>, target: Measure | null): boolean {
  if (reports(row.cells, planned, target === null ? null : target.fields)) return true;
  return row.subRows.some((sub, i) =>
    reports(sub.cells, planned, target === null ? null : (target.subRows[i]?.fields ?? {})),
  );
}

function reports(cells: ReportCells, planned: ReadonlySet<ReportRole>, plan: ReportCells | null): boolean {
  for (const role of REPORT_ROLES) {
    const cell = cells[role];
    if (cell === undefined) continue;
    if (!planned.has(role)) return true;
    if (plan !== null && collapseSpace(cell.text) !== collapseSpace(plan[role]?.text ?? "")) return true;
  }
  return false;
}
