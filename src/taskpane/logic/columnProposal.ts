import { columnLetter, type ColumnCandidate, type FieldRole, type PlanSheet } from "../../engine";

/** The column PlanCheck proposes for a role the sheet lacks: its letter and the engine's reasons. */
export type ColumnProposal = { readonly letter: string; readonly candidate: ColumnCandidate };

/** The engine's closest column to a missing role on the sheet's first table, or null when none hints at it. */
export function columnProposal(sheet: PlanSheet, role: FieldRole): ColumnProposal | null {
  const candidate = sheet.tables[0]?.candidates[role];
  return candidate === undefined ? null : { letter: columnLetter(candidate.colIndex), candidate };
}
