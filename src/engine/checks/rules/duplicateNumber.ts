import type { Heading, PlanSheet } from "../../plan/Plan";
import { canonicalNumber } from "../../parse/leadingNumber";
import type { AnyIssue } from "../Issue";
import { makeIssue } from "../Issue";
import { sheetTasks } from "../numberedItems";
import type { Rule } from "../Rule";

/**
 * duplicate-number: the same task number, or the same measure number within a task, used twice on a sheet.
 * Where the numbering starts again at 1 under every goal (two goals or more begin with "1"), a number counts
 * once per goal: "1" under Ціль 1 and "1" under Ціль 2 are two measures, not a slip.
 */
export const duplicateNumber: Rule = {
  name: "duplicate-number",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      const perGoal = restartsPerGoal(sheet);
      const scope = (goal: Heading | null): string => (perGoal && goal !== null ? `${goal.rowIndex}:` : "");
      const tasks = firstRows(sheet, report);
      for (const { task, item, goal } of sheetTasks(sheet)) {
        tasks(scope(goal) + canonicalNumber(item.token), task.number ?? "", item.rowIndex, item.colIndex);
      }
      const measures = firstRows(sheet, report);
      for (const measure of sheet.measures) {
        const cell = measure.numberCell;
        if (measure.number === null || measure.key === null || cell === null) continue;
        measures(scope(measure.goal) + measure.key, measure.number, cell.rowIndex, cell.colIndex);
      }
    }
  },
};

/** True when at least two goals of the sheet number their first task or measure "1". */
function restartsPerGoal(sheet: PlanSheet): boolean {
  const first = new Map<Heading, string>();
  for (const measure of sheet.measures) {
    const goal = measure.goal;
    if (goal === null || goal.kind !== "goal" || first.has(goal)) continue;
    const number = measure.task?.number ?? measure.number;
    first.set(goal, number === null ? "" : canonicalNumber(number));
  }
  let ones = 0;
  for (const number of first.values()) if (number === "1") ones++;
  return ones >= 2;
}

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
