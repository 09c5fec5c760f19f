import type { SheetView } from "../grid/SheetView";
import type { ColumnRoles, TableLayout } from "../table/TableColumns";
import { continuesRow } from "./continuesRow";
import { cellNumber, leadingNumber, measureTextNumber } from "../parse/leadingNumber";
import { MeasureDraft } from "./MeasureDraft";
import { headingOf } from "./headingOf";
import type { Heading, TaskRef } from "./Plan";
import { readRowCells } from "./readRowCells";
import type { WalkState } from "./parseSheet";
import type { SheetDraft } from "./SheetDraft";

/**
 * Files one table row: a new measure, the continuation of the measure above (page break), a sub-row of it,
 * or a task row without measures.
 */
export function classifyRow(
  view: SheetView,
  r: number,
  layout: TableLayout,
  state: WalkState,
  draft: SheetDraft,
): void {
  const roles = layout.roles;
  const measureCol = roles.measure ?? 0;
  const goalChanged = readHeadingColumns(view, r, roles, state, draft);
  const taskChanged = readTask(view, r, roles, state) || goalChanged;
  const measureFollows = view.merges.isMergedFromAbove(r, measureCol);
  const measureText = measureFollows ? "" : view.text(r, measureCol);
  const numberCol = roles.number;
  const ownNumber =
    numberCol !== undefined && !view.merges.isMergedFromAbove(r, numberCol)
      ? cellNumber(view.text(r, numberCol))
      : null;
  const current = state.current;

  if (measureText !== "" || ownNumber !== null) {
    const textNumber = ownNumber === null && measureText !== "" ? measureTextNumber(measureText) : null;
    const number = ownNumber ?? textNumber;
    if (current !== null && !taskChanged && number === null) {
      const fragment = readRowCells(view, r, layout, false);
      if (continuesRow(current, measureText, fragment)) {
        current.join(r, measureText, fragment);
        return;
      }
    }
    const numberCell =
      ownNumber !== null
        ? { rowIndex: r, colIndex: numberCol ?? 0 }
        : number !== null
          ? { rowIndex: r, colIndex: measureCol }
          : null;
    const context = { section: state.section, goal: state.goal, task: state.task };
    const measure = new MeasureDraft(
      r,
      number?.token ?? null,
      numberCell,
      measureText,
      { rowIndex: r, colIndex: measureCol },
      context,
      readRowCells(view, r, layout, true),
    );
    state.current = measure;
    draft.measures.push(measure);
    return;
  }
  const cells = readRowCells(view, r, layout, false);
  if (current === null || (taskChanged && !measureFollows && Object.keys(cells).length === 0)) {
    state.current = null;
    return;
  }
  if (!measureFollows && continuesRow(current, "", cells)) current.join(r, "", cells);
  else current.addSubRow(r, cells);
}

const HEADING_COLUMNS = ["section", "goal"] as const;

/**
 * Updates the section and goal from their columns, where a plan keeps its hierarchy in columns on the left of
 * the measures (merged down, repeated on every row, or written once and left blank below): a cell with a text
 * other than the current heading's starts a new one. True when this row starts a different section or goal.
 */
function readHeadingColumns(
  view: SheetView,
  r: number,
  roles: ColumnRoles,
  state: WalkState,
  draft: SheetDraft,
): boolean {
  let changed = false;
  for (const kind of HEADING_COLUMNS) {
    const c = roles[kind];
    if (c === undefined || view.merges.isMergedFromAbove(r, c)) continue;
    const text = view.text(r, c);
    const current = kind === "section" ? state.section : state.goal;
    if (text === "" || (current !== null && current.text === text && current.colIndex === c)) continue;
    const heading: Heading = { kind, number: headingNumber(text), text, rowIndex: r, colIndex: c };
    draft.headings.push(heading);
    if (kind === "section") {
      state.section = heading;
      state.goal = null;
    } else {
      state.goal = heading;
    }
    state.task = null;
    changed = true;
  }
  return changed;
}

/** The number of a heading written in a column: "Ціль 2. …" → "2", "1.2 Забезпечення…" → "1.2", "3" → "3". */
function headingNumber(text: string): string | null {
  const keyword = headingOf(text);
  if (keyword.number !== null && keyword.kind !== "block") return keyword.number;
  return leadingNumber(text)?.token.replace(/[.)]+$/, "") ?? null;
}

/** Updates the current task from the task columns; true when this row starts a different task. */
function readTask(view: SheetView, r: number, roles: ColumnRoles, state: WalkState): boolean {
  const taskCol = roles.task;
  const numberCol = roles.taskNumber;
  const own = (c: number | undefined): string =>
    c === undefined || view.merges.isMergedFromAbove(r, c) ? "" : view.text(r, c);
  const text = own(taskCol);
  const numberText = own(numberCol);
  if (text === "" && numberText === "") return false;
  const number = numberText !== "" ? numberText : (leadingNumber(text)?.token ?? null);
  const next: TaskRef = { number, text, rowIndex: r, colIndex: taskCol ?? numberCol ?? 0 };
  const same = state.task !== null && state.task.number === next.number && state.task.text === next.text;
  if (!same) state.task = next;
  return !same;
}
