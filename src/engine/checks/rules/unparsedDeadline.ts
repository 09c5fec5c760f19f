import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** unparsed-deadline: a deadline we cannot read as a date, period or "постійно". */
export const unparsedDeadline: Rule = {
  name: "unparsed-deadline",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        const cell = measure.fields.deadline;
        if (measure.deadline?.kind !== "unparsed" || cell === undefined) continue;
        const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
        report(
          makeIssue("unparsed-deadline", "warning", location, { raw: measure.deadline.raw }, "deadline"),
        );
      }
    }
  },
};
