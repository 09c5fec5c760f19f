import {
  CHECKABLE_FIELDS,
  columnLetter,
  type ColumnChoice as EngineChoice,
  type FieldRole,
  type PlanSheet,
} from "../../engine";

/** A column the user can pick for a role: its letter and the header text above it. */
export type ColumnChoice = { readonly letter: string; readonly label: string };

/** The roles the column editor offers: the measure text and every field the checks look at. */
export const EDITABLE_ROLES: readonly FieldRole[] = ["measure", ...CHECKABLE_FIELDS];

/** The columns of a sheet's (first) plan table, or none when the sheet has no table. */
export function columnChoices(sheet: PlanSheet): ColumnChoice[] {
  const table = sheet.tables[0];
  if (!table) return [];
  const header = table.header;
  return Array.from({ length: header.width }, (_, col) => ({
    letter: columnLetter(col),
    label: (header.labels[col] ?? "").replace(/\s+/g, " ").trim(),
  }));
}

/** The column PlanCheck itself reads a role from, with the reason — not the user's mapping. */
export type DetectedColumn = { readonly letter: string; readonly choice: EngineChoice };

/**
 * The column PlanCheck reads a role from on its own (from the label, the cells or a sibling sheet), or null when
 * it finds none. Where the user mapped the role, the header's own reading is shown, so "as detected" never echoes
 * the user's choice back.
 */
export function detectedColumn(sheet: PlanSheet, role: FieldRole): DetectedColumn | null {
  const table = sheet.tables[0];
  if (table === undefined) return null;
  const resolved = table.columns.find((c) => c.role === role && c.primary);
  const choice =
    resolved !== undefined && resolved.evidence.source !== "settings"
      ? resolved
      : table.header.choices.find((c) => c.role === role && c.primary);
  return choice === undefined ? null : { letter: columnLetter(choice.colIndex), choice };
}
