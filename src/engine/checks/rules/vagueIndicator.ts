import { collapseSpace } from "../../text/collapseSpace";
import { presenceOf } from "../fieldPresence";
import { makeIssue } from "../Issue";
import type { Rule } from "../Rule";

/** Words and signs that make an indicator countable: a number, a share, a count. */
const MEASURABLE =
  /\d|%|кільк|чисельн|охоплен|відсот|частк|питома вага|коефіцієнт|обсяг|сума|брой|бр\.|дял|процент|число|стойност|count|number of|share|percent|rate|ratio|amount|total/iu;

/** vague-indicator: an indicator that names no measurable quantity ("відповідне інформаційне забезпечення"). */
export const vagueIndicator: Rule = {
  name: "vague-indicator",
  check({ plan }, report) {
    const measurable = new Map<string, boolean>();
    const countable = (text: string): boolean => {
      let known = measurable.get(text);
      if (known === undefined) {
        known = MEASURABLE.test(text);
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
