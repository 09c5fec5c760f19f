import { canonicalNumber } from "../parse/leadingNumber";
import type { Heading, PlanSheet, TaskRef } from "../plan/Plan";

/** A number as written plus its numeric components ("5.1." → [5, 1]) and the cell it is in. */
export type NumberedItem = {
  readonly token: string;
  readonly path: readonly number[];
  readonly rowIndex: number;
  readonly colIndex: number;
};

const paths = new Map<string, readonly number[] | null>();

/** The numeric components of a number token ("5.1." → [5, 1]); null for "а)". Tokens repeat, so answers are kept. */
export function numberPath(token: string): readonly number[] | null {
  let path = paths.get(token);
  if (path === undefined) {
    const parts = canonicalNumber(token).split(".").map(Number);
    path = parts.every((n) => Number.isInteger(n) && n >= 0) ? parts : null;
    if (paths.size < 10_000) paths.set(token, path);
  }
  return path;
}

/** The distinct numbered tasks of a sheet, in order of appearance, with the goal they sit under. */
export function sheetTasks(
  sheet: PlanSheet,
): Array<{ task: TaskRef; item: NumberedItem; goal: Heading | null }> {
  const seen = new Set<TaskRef>();
  const tasks: Array<{ task: TaskRef; item: NumberedItem; goal: Heading | null }> = [];
  for (const measure of sheet.measures) {
    const task = measure.task;
    if (task === null || seen.has(task)) continue;
    seen.add(task);
    const path = task.number === null ? null : numberPath(task.number);
    if (task.number !== null && path !== null) {
      tasks.push({
        task,
        item: { token: task.number, path, rowIndex: task.rowIndex, colIndex: task.colIndex },
        goal: measure.goal,
      });
    }
  }
  return tasks;
}

/** Measure numbers of a sheet grouped by the task (or, without tasks, the goal) they sit under, in order. */
export function measureGroups(sheet: PlanSheet): NumberedItem[][] {
  const groups = new Map<object | null, NumberedItem[]>();
  for (const measure of sheet.measures) {
    const owner = measure.task ?? measure.goal ?? measure.section;
    const cell = measure.numberCell;
    if (cell === null) continue;
    const group = groups.get(owner) ?? [];
    groups.set(owner, group);
    for (const token of measure.numbers) {
      const path = numberPath(token);
      if (path !== null) group.push({ token, path, rowIndex: cell.rowIndex, colIndex: cell.colIndex });
    }
  }
  return [...groups.values()];
}
