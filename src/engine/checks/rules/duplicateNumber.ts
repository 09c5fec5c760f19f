import type { Heading, Measure, PlanSheet } from "../../plan/Plan";
import { canonicalNumber } from "../../parse/leadingNumber";
import { type AnyIssue, makeIssue } from "../Issue";
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
      const scope = (group: Heading | null): string =>
        perGoal && group !== null ? `${group.rowIndex}:${group.colIndex}:` : "";
      const tasks = firstRows(sheet, report);
      for (const { task, item, measure } of sheetTasks(sheet)) {
        tasks(
          scope(groupOf(measure)) + canonicalNumber(item.token),
          task.number ?? "",
          item.rowIndex,
          item.colIndex,
        );
      }
      const measures = firstRows(sheet, report);
      for (const measure of sheet.measures) {
        const cell = measure.numberCell;
        if (measure.number === null || measure.key === null || cell === null) continue;
        measures(scope(groupOf(measure)) + measure.key, measure.number, cell.rowIndex, cell.colIndex);
      }
    }
  },
};

/** The goal a measure is numbered within: its goal, or where the plan has none, its section (priority). */
function groupOf(measure: Measure): Heading | null {
  return measure.goal?.kind === "goal" ? measure.goal : measure.goal === null ? measure.section : null;
}

/** True when at least two goals (or sections) of the sheet number their first task or measure "1". */
function restartsPerGoal(sheet: PlanSheet): boolean {
  const first = new Map<Heading, string>();
  for (const measure of sheet.measures) {
    const goal = groupOf(measure);
    if (goal === null || first.has(goal)) continue;
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
