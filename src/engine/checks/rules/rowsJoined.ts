import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** rows-joined: rows read as the continuation of a measure cut by a page break — shown so the user can confirm. */
export const rowsJoined: Rule = {
  name: "rows-joined",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        const first = measure.joinedRows[0];
        const last = measure.joinedRows[measure.joinedRows.length - 1];
        if (first === undefined || last === undefined) continue;
        const location = { sheet: sheet.name, rowIndex: first, colIndex: measure.textCell.colIndex };
        report(makeIssue("rows-joined", "info", location, { firstRow: first + 1, lastRow: last + 1 }));
      }
    }
  },
};
