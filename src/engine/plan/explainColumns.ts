import { columnLetter } from "../grid/address";
import type { Evidence } from "../table/ColumnChoice";
import type { FieldRole } from "../table/FieldRole";
import { collapseSpace } from "../text/collapseSpace";
import type { Plan } from "./Plan";

/** One column of a plan table, the role it was read as, and why: what `--json` and the column editor show. */
export type ColumnExplanation = {
  readonly sheet: string;
  /** Column letter ("F"). */
  readonly column: string;
  readonly role: FieldRole;
  /** Header text as written, spaces collapsed ("" when the column has none). */
  readonly header: string;
  readonly evidence: Evidence;
  readonly confidence: number;
  /** False for a further column of a role (a year sub-column): fields are read from the primary one first. */
  readonly primary: boolean;
};

/**
 * Every column role of every sheet's tables, in sheet and column order. A header repeated under every goal is
 * explained once.
 */
export function explainColumns(plan: Plan): ColumnExplanation[] {
  const out: ColumnExplanation[] = [];
  for (const sheet of plan.sheets) {
    const seen = new Set<string>();
    const columns = sheet.tables.flatMap((table) => table.columns);
    for (const choice of columns) {
      const key = `${choice.colIndex}:${choice.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        sheet: sheet.name,
        column: columnLetter(choice.colIndex),
        role: choice.role,
        header: collapseSpace(choice.header),
        evidence: choice.evidence,
        confidence: choice.confidence,
        primary: choice.primary,
      });
    }
    out.sort((a, b) => (a.sheet === b.sheet ? columnOrder(a.column) - columnOrder(b.column) : 0));
  }
  return out;
}

function columnOrder(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
