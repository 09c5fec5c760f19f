import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** deadline-outside-period: a deadline that starts before or ends after the plan period. */
export const deadlineOutsidePeriod: Rule = {
  name: "deadline-outside-period",
  check({ plan, period }, report) {
    if (period === null) return;
    const from = `${period.startYear}-01-01`;
    const to = `${period.endYear}-12-31`;
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        const deadline = measure.deadline;
        const cell = measure.fields.deadline;
        if (deadline === null || cell === undefined) continue;
        const early = deadline.start !== null && deadline.start < from;
        const late = deadline.end !== null && deadline.end > to;
        if (!early && !late) continue;
        const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
        const params = { raw: deadline.raw, periodStart: period.startYear, periodEnd: period.endYear };
        report(makeIssue("deadline-outside-period", "warning", location, params, "deadline"));
      }
    }
  },
};
