import { canonicalNumber } from "../../parse/leadingNumber";
import { makeIssue } from "../Issue";
import { measureGroups, sheetTasks, type NumberedItem } from "../numberedItems";
import type { Rule } from "../Rule";

/**
 * numbering-gap: a number skips its expected successor — task 5 is followed by task 7, measure 4.1 by 4.3.
 * Tasks are numbered across the sheet; measures within their task (or goal). Restarts are not gaps.
 */
export const numberingGap: Rule = {
  name: "numbering-gap",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      const sequences = [sheetTasks(sheet).map((t) => t.item), ...measureGroups(sheet)];
      for (const items of sequences) {
        items.forEach((item, i) => {
          const previous = items[i - 1];
          if (previous === undefined || !skips(previous, item)) return;
          const location = { sheet: sheet.name, rowIndex: item.rowIndex, colIndex: item.colIndex };
          report(
            makeIssue("numbering-gap", "warning", location, {
              number: canonicalNumber(item.token),
              previous: canonicalNumber(previous.token),
            }),
          );
        });
      }
    }
  },
};

function skips(previous: NumberedItem, item: NumberedItem): boolean {
  const depth = item.path.length;
  if (depth === 0 || previous.path.length !== depth) return false;
  for (let i = 0; i < depth - 1; i++) if (previous.path[i] !== item.path[i]) return false;
  return (item.path[depth - 1] ?? 0) > (previous.path[depth - 1] ?? 0) + 1;
}
