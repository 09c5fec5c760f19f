import { CHECKABLE_FIELDS, columnLetter, type FieldRole, type PlanSheet } from "../../engine";

/** A column the user can pick for a role: its letter and the header text above it. */
export type ColumnChoice = { readonly letter: string; readonly label: string };

/** The roles the column editor offers: the measure text and every field the checks look at. */
export const EDITABLE_ROLES: readonly FieldRole[] = ["measure", ...CHECKABLE_FIELDS];

/** The columns of a sheet's (first) plan table, or none when the sheet has no table. */
export function columnChoices(sheet: PlanSheet): ColumnChoice[] {
  const header = sheet.headers[0];
  if (!header) return [];
  return Array.from({ length: header.width }, (_, col) => ({
    letter: columnLetter(col),
    label: (header.labels[col] ?? "").replace(/\s+/g, " ").trim(),
  }));
}

/** The column letter the header assigns to a role, or null when the table has no such column. */
export function detectedColumn(sheet: PlanSheet, role: FieldRole): string | null {
  const col = sheet.tables[0]?.roles[role];
  return col === undefined ? null : columnLetter(col);
}
