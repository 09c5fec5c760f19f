import { columnIndex } from "./grid/address";
import type { WorkbookGrid } from "./grid/SheetGrid";
import { validatePlan, type ValidationResult } from "./checks/validatePlan";
import { parsePlan } from "./plan/parsePlan";
import type { Plan } from "./plan/Plan";
import { DEFAULT_SETTINGS } from "./settings/defaultSettings";
import type { Settings } from "./settings/Settings";
import type { FieldRole } from "./table/FieldRole";
import type { ColumnRoles } from "./table/TableColumns";

/** Reads and checks a workbook in one go: the entry point hosts call. */
export function validateWorkbook(
  workbook: WorkbookGrid,
  settings: Settings = DEFAULT_SETTINGS,
): { plan: Plan; result: ValidationResult } {
  const plan = parsePlan(workbook, { columns: columnOverrides(settings), period: settings.planPeriod });
  return { plan, result: validatePlan(plan, settings, workbook) };
}

/** Settings name columns by letter ("D"); the engine works with indices. */
export function columnOverrides(settings: Settings): Record<string, ColumnRoles> {
  const bySheet: Record<string, ColumnRoles> = {};
  for (const [sheet, roles] of Object.entries(settings.columns)) {
    const resolved: ColumnRoles = {};
    for (const [role, letter] of Object.entries(roles) as [FieldRole, string][])
      resolved[role] = columnIndex(letter);
    bySheet[sheet] = resolved;
  }
  return bySheet;
}
