import { columnLetter } from "../../grid/address";
import type { PlanSheet } from "../../plan/Plan";
import type { CheckableField } from "../../table/FieldRole";
import { collapseSpace } from "../../text/collapseSpace";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/**
 * missing-column: the table has no column for a required field — reported once, not once per measure, with the
 * header cells that were seen and the column most like the missing one ("Is column F “Execution period” the
 * deadline?"). A column the user mapped in the settings is never missing.
 */
export const missingColumns: Rule = {
  name: "missing-columns",
  check({ plan, settings }, report) {
    const tables = plan.sheets.filter((sheet) => sheet.tables.length > 0 && sheet.measures.length > 0);
    for (const field of settings.requiredFields as CheckableField[]) {
      const lacking = tables.filter((sheet) =>
        sheet.tables.every((table) => table.roles[field] === undefined),
      );
      const first = lacking[0];
      if (first === undefined) continue;
      const candidate = first.tables[0]?.candidates[field] ?? null;
      const location = {
        sheet: first.name,
        rowIndex: first.tables[0]?.header.rowIndex ?? null,
        colIndex: candidate?.colIndex ?? null,
      };
      const params = {
        field,
        sheets: lacking.map((s) => s.name),
        seen: seenHeaders(first),
        candidate:
          candidate === null
            ? null
            : { column: columnLetter(candidate.colIndex), header: shown(candidate.header) },
      };
      report(makeIssue("missing-column", "error", location, params, field));
    }
  },
};

/** The non-empty header cells of a sheet's first table, as "B “Activity”". */
function seenHeaders(sheet: PlanSheet): string[] {
  const labels = sheet.tables[0]?.header.labels ?? [];
  return labels.flatMap((label, c) => (label.trim() === "" ? [] : [`${columnLetter(c)} “${shown(label)}”`]));
}

function shown(label: string): string {
  const text = collapseSpace(label);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
