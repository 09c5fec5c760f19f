import { canonicalNumber } from "../../plan/leadingNumber";
import { makeIssue } from "../Issue";
import { sheetTasks } from "../numberedItems";
import type { Rule } from "../Rule";

/** duplicate-number: the same task number, or the same measure number within a task, used twice on a sheet. */
export const duplicateNumber: Rule = {
  name: "duplicate-number",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      const seen = new Map<string, number>();
      const flag = (key: string, token: string, rowIndex: number, colIndex: number): void => {
        const firstRow = seen.get(key);
        if (firstRow === undefined) {
          seen.set(key, rowIndex + 1);
          return;
        }
        const location = { sheet: sheet.name, rowIndex, colIndex };
        report(
          makeIssue("duplicate-number", "warning", location, { number: canonicalNumber(token), firstRow }),
        );
      };
      for (const { task, item } of sheetTasks(sheet))
        flag(`task:${canonicalNumber(item.token)}`, task.number ?? "", item.rowIndex, item.colIndex);
      for (const measure of sheet.measures) {
        if (measure.number === null || measure.key === null || measure.numberCell === null) continue;
        flag(
          `measure:${measure.key}`,
          measure.number,
          measure.numberCell.rowIndex,
          measure.numberCell.colIndex,
        );
      }
    }
  },
};
