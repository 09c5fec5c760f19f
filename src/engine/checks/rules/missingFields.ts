import { columnLetter } from "../../grid/address";
import type { PlanSheet } from "../../plan/Plan";
import type { CheckableField } from "../../table/FieldRole";
import { checkedFields } from "../checkedFields";
import { presenceOf } from "../fieldPresence";
import { makeIssue } from "../Issue";
import { MISSING_CODE } from "../IssueCode";
import type { Rule } from "../Rule";

/**
 * missing-<field>: a measure without responsible bodies, deadline, indicator (errors by default) or without
 * financing / target value (warnings). A recommended column that is empty for every measure of a sheet is
 * reported once as empty-column instead of once per measure.
 */
export const missingFields: Rule = {
  name: "missing-fields",
  check({ plan, settings }, report) {
    const fields = checkedFields(settings);
    for (const sheet of plan.sheets) {
      for (const { field, severity } of fields) {
        const emptyColumn = severity === "warning" ? emptyColumnOf(sheet, field) : null;
        if (emptyColumn !== null) {
          const header = sheet.headers[0];
          const location = { sheet: sheet.name, rowIndex: header?.rowIndex ?? null, colIndex: emptyColumn };
          report(
            makeIssue(
              "empty-column",
              severity,
              location,
              { field, column: columnLetter(emptyColumn) },
              field,
            ),
          );
          continue;
        }
        for (const measure of sheet.measures) {
          const cell = measure.fields[field];
          const presence = presenceOf(measure, field);
          if (presence === "present" || cell === undefined) continue;
          const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
          const params = { placeholder: presence === "placeholder" };
          report(makeIssue(MISSING_CODE[field], severity, location, params, field));
        }
      }
    }
  },
};

/** The column of a field when the sheet has it but no measure fills it; null otherwise. */
function emptyColumnOf(sheet: PlanSheet, field: CheckableField): number | null {
  let column: number | null = null;
  for (const measure of sheet.measures) {
    const cell = measure.fields[field];
    if (cell === undefined || presenceOf(measure, field) === "present") return null;
    column = cell.colIndex;
  }
  return column;
}
