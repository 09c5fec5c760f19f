import type { Heading, Measure, TaskRef } from "../../plan/Plan";
import { canonicalNumber } from "../../parse/leadingNumber";
import { makeIssue } from "../Issue";
import { numberPath } from "../numberedItems";
import type { Rule } from "../Rule";

/**
 * number-goal-mismatch: a dotted number whose prefix is not its parent's number — measure "6.1" under "Цел 4",
 * measure "1.2.3" under task "1.3".
 */
export const numberGoalMismatch: Rule = {
  name: "number-goal-mismatch",
  check({ plan }, report) {
    for (const sheet of plan.sheets) {
      for (const measure of sheet.measures) {
        const cell = measure.numberCell;
        const path = measure.number === null ? null : numberPath(measure.number);
        if (cell === null || path === null || path.length < 2) continue;
        const parent = parentNumber(measure, path.length);
        if (parent === null) continue;
        if (parent.path.every((n, i) => path[i] === n)) continue;
        const location = { sheet: sheet.name, rowIndex: cell.rowIndex, colIndex: cell.colIndex };
        const params = {
          number: canonicalNumber(measure.number ?? ""),
          parentNumber: parent.number,
          parentText: shorten(parent.text),
        };
        report(makeIssue("number-goal-mismatch", "warning", location, params));
      }
    }
  },
};

/** The number the measure's number should start with: its dotted task's, else its goal's. */
function parentNumber(
  measure: Measure,
  depth: number,
): { path: readonly number[]; number: string; text: string } | null {
  const task: TaskRef | null = measure.task;
  const taskPath = task?.number == null ? null : numberPath(task.number);
  if (task !== null && taskPath !== null && taskPath.length >= 2 && taskPath.length === depth - 1) {
    return { path: taskPath, number: task.number ?? "", text: task.text };
  }
  const goal: Heading | null = measure.goal;
  const goalPath = goal?.number == null ? null : numberPath(goal.number);
  if (goal === null || goalPath === null || goalPath.length !== 1) return null;
  return { path: goalPath, number: goal.number ?? "", text: goal.text };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}
