import { isMeasurable } from "../../parse/isMeasurable";
import { parseNumber } from "../../parse/parseNumber";
import type { FieldCells } from "../../plan/Plan";
import { collapseSpace } from "../../text/collapseSpace";
import { presenceOf } from "../fieldPresence";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/**
 * vague-indicator: an indicator that names no measurable quantity ("відповідне інформаційне забезпечення").
 * An indicator with a number in its measure's target or baseline column is measured there ("Mediators
 * trained" with target 10), as logical frameworks write them.
 */
export const vagueIndicator: Rule = {
  name: "vague-indicator",
  check({ plan }, report) {
    const measurable = new Map<string, boolean>();
    const countable = (text: string): boolean => {
      let known = measurable.get(text);
      if (known === undefined) {
        known = isMeasurable(text);
        measurable.set(text, known);
      }
      return known;
    };
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        const cell = measure.fields.indicator;
        if (cell === undefined || presenceOf(measure, "indicator") !== "present") continue;
        const texts = [cell.text, ...measure.subRows.map((row) => row.fields.indicator?.text ?? "")];
        if (texts.some(countable) || hasNumericValue(measure.fields)) continue;
        const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
        report(
          makeIssue("vague-indicator", "warning", location, { text: collapseSpace(cell.text) }, "indicator"),
        );
      }
    }
  },
};

/** True when the measure's target or baseline cell holds a number ("10", "80%", "1 200"). */
function hasNumericValue(fields: FieldCells): boolean {
  return [fields.targetValue, fields.baseline].some(
    (cell) => cell !== undefined && /\d/.test(cell.text) && parseNumber(cell.text).kind === "number",
  );
}
