import type { PlanSheet } from "../../plan/Plan";
import { canonicalNumber } from "../../parse/leadingNumber";
import type { AnyIssue } from "../Issue";
import { makeIssue } from "../Issue";
import { sheetTasks } from "../numberedItems";
import type { Rule } from "../Rule";

/** duplicate-number: the same task number, or the same measure number within a task, used twice on a sheet. */
export const duplicateNumber: Rule = {
  name: "duplicate-number",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      const tasks = firstRows(sheet, report);
      for (const { task, item } of sheetTasks(sheet)) {
        tasks(canonicalNumber(item.token), task.number ?? "", item.rowIndex, item.colIndex);
      }
      const measures = firstRows(sheet, report);
      for (const measure of sheet.measures) {
        const cell = measure.numberCell;
        if (measure.number === null || measure.key === null || cell === null) continue;
        measures(measure.key, measure.number, cell.rowIndex, cell.colIndex);
      }
    }
  },
};

/** A recorder of numbers seen on a sheet that reports each number seen before, naming its first row. */
function firstRows(sheet: PlanSheet, report: (issue: AnyIssue) => void) {
  const seen = new Map<string, number>();
  return (key: string, token: string, rowIndex: number, colIndex: number): void => {
    const firstRow = seen.get(key);
    if (firstRow === undefined) {
      seen.set(key, rowIndex + 1);
      return;
    }
    const params = { number: canonicalNumber(token), firstRow };
    report(makeIssue("duplicate-number", "warning", { sheet: sheet.name, rowIndex, colIndex }, params));
  };
}
