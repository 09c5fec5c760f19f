import type { AnyIssue, FieldRole, Plan } from "../../engine";

/** Where "Map column…" opens the column editor: a sheet and the role it lacks. */
export type ColumnTarget = { readonly sheet: string; readonly role: FieldRole };

/** A missing column on a sheet with a table can be mapped in the column editor; nothing else has an action. */
export function columnTarget(issue: AnyIssue, plan: Plan | null): ColumnTarget | null {
  if (issue.code !== "missing-column" || issue.sheet === null || plan === null) return null;
  const sheet = plan.sheets.find((s) => s.name === issue.sheet);
  return sheet === undefined || sheet.tables.length === 0
    ? null
    : { sheet: sheet.name, role: issue.params.field };
}
