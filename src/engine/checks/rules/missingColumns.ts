import type { CheckableField } from "../../table/FieldRole";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** missing-column: the table has no column for a required field — reported once, not once per measure. */
export const missingColumns: Rule = {
  name: "missing-columns",
  check({ plan, settings }, report) {
    const tables = plan.sheets.filter((sheet) => sheet.headers.length > 0 && sheet.measures.length > 0);
    for (const field of settings.requiredFields as CheckableField[]) {
      const lacking = tables.filter((sheet) =>
        sheet.tables.every((table) => table.roles[field] === undefined),
      );
      const first = lacking[0];
      if (first === undefined) continue;
      const location = { sheet: first.name, rowIndex: first.headers[0]?.rowIndex ?? null, colIndex: null };
      report(
        makeIssue("missing-column", "error", location, { field, sheets: lacking.map((s) => s.name) }, field),
      );
    }
  },
};
