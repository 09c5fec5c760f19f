import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/**
 * no-plan-table: no sheet has a table header we recognise (an error: nothing could be checked).
 * sheet-without-table: a non-empty sheet without a table next to sheets that have one (skipped, for the record).
 */
export const planTables: Rule = {
  name: "plan-tables",
  check({ plan }, report) {
    const withTables = plan.sheets.filter((sheet) => sheet.headers.length > 0);
    if (withTables.length === 0) {
      const location = { sheet: null, rowIndex: null, colIndex: null };
      report(makeIssue("no-plan-table", "error", location, { sheets: plan.sheets.length }));
      return;
    }
    for (const sheet of plan.sheets) {
      if (sheet.headers.length > 0 || sheet.titleRows.length === 0) continue;
      report(
        makeIssue("sheet-without-table", "info", { sheet: sheet.name, rowIndex: null, colIndex: null }, {}),
      );
    }
  },
};
