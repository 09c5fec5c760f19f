import { isMeasurable } from "../../parse/isMeasurable";
import { collapseSpace } from "../../text/collapseSpace";
import { presenceOf } from "../fieldPresence";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** vague-indicator: an indicator that names no measurable quantity ("відповідне інформаційне забезпечення"). */
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
        if (texts.some(countable)) continue;
        const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
        report(
          makeIssue("vague-indicator", "warning", location, { text: collapseSpace(cell.text) }, "indicator"),
        );
      }
    }
  },
};
