import type { SheetView } from "../grid/SheetView";
import { ANY_YEARS, parseDeadline } from "../parse/parseDeadline";
import { cellText } from "../text/cellText";
import { isPlaceholder } from "../text/isPlaceholder";
import type { FieldRole } from "../table/FieldRole";
import type { TableLayout } from "../table/TableColumns";
import type { FieldCell, FieldCells } from "./Plan";

/** Columns that give a measure its place in the plan rather than describe it. */
export const STRUCTURAL_ROLES: ReadonlySet<FieldRole> = new Set([
  "number",
  "section",
  "taskNumber",
  "task",
  "goal",
  "measure",
]);

/**
 * The descriptive fields of a row. With `throughMerges`, a cell inside a merged range reads as the range's value
 * and points at its top-left cell (a responsible body merged down over several measures belongs to each);
 * without it, only the row's own non-empty cells count (for sub-rows and page-break fragments).
 */
export function readRowCells(
  view: SheetView,
  rowIndex: number,
  layout: TableLayout,
  throughMerges: boolean,
): FieldCells {
  const cells: FieldCells = {};
  for (const [role, colIndex] of descriptiveColumns(layout)) {
    let cell = readCell(view, rowIndex, colIndex, throughMerges);
    const extras = layout.extras[role];
    if (extras !== undefined && (cell === undefined || cell.text.trim() === "")) {
      for (const c of extras) {
        const other = readCell(view, rowIndex, c, throughMerges);
        if (other !== undefined && other.text.trim() !== "") {
          cell = other;
          break;
        }
      }
    }
    if (cell !== undefined) cells[role] = cell;
  }
  if (
    layout.deadlineStart !== null &&
    cells.deadline !== undefined &&
    cells.deadline.colIndex !== layout.deadlineStart &&
    cells.deadline.text.trim() !== ""
  ) {
    const start = readCell(view, rowIndex, layout.deadlineStart, throughMerges);
    const span = start !== undefined && start.text.trim() !== "" ? spanCell(start, cells.deadline) : null;
    // Only a span that reads as one: "TBD – Jun 2025" keeps the end ("Jun 2025").
    if (span !== null && parseDeadline(span.value, ANY_YEARS)?.kind === "range") cells.deadline = span;
  }
  if (layout.timeline.length > 0) {
    const marked = timelineCell(view, rowIndex, layout.timeline, throughMerges);
    if (marked !== undefined) cells.deadline = marked;
    else delete cells.deadline;
  }
  return cells;
}

/**
 * The deadline a timeline row marks: the span from the first marked period to the last ("Q1 2025 – Q3 2025"),
 * pointing at the first marked cell; with `throughMerges`, a row that marks nothing has an empty deadline at the
 * timeline's first column (so a missing deadline is reported there).
 */
function timelineCell(
  view: SheetView,
  rowIndex: number,
  timeline: TableLayout["timeline"],
  throughMerges: boolean,
): FieldCell | undefined {
  const marked = timeline.filter((column) => isMark(view.value(rowIndex, column.colIndex)));
  const first = marked[0];
  const last = marked[marked.length - 1];
  if (first === undefined || last === undefined) {
    const start = timeline[0]?.colIndex ?? 0;
    return throughMerges ? { rowIndex, colIndex: start, value: null, text: "" } : undefined;
  }
  const text = first === last ? first.period : `${first.period} – ${last.period}`;
  return { rowIndex, colIndex: first.colIndex, value: text, text };
}

/**
 * The deadline of a row with a start and an end column: "Jan 2025 – Jun 2025", pointing at the end cell (where
 * a problem with the deadline is marked).
 */
function spanCell(start: FieldCell, end: FieldCell): FieldCell {
  const text = `${start.text.trim()} – ${end.text.trim()}`;
  return { rowIndex: end.rowIndex, colIndex: end.colIndex, value: text, text };
}

/** A timeline cell that marks its period: anything but blank, a dash, 0 or "no". */
function isMark(value: ReturnType<SheetView["value"]>): boolean {
  if (value === null || value === false || value === 0) return false;
  const text = cellText(value).trim();
  return text !== "" && !isPlaceholder(text) && !/^(0|no|ні|не|не)$/iu.test(text);
}

function readCell(
  view: SheetView,
  rowIndex: number,
  colIndex: number,
  throughMerges: boolean,
): FieldCell | undefined {
  if (throughMerges) {
    const range = view.merges.rangeAt(rowIndex, colIndex);
    const r = range?.rowIndex ?? rowIndex;
    const c = range?.colIndex ?? colIndex;
    const value = view.raw(r, c);
    return { rowIndex: r, colIndex: c, value, text: cellText(value) };
  }
  if (view.merges.isFollower(rowIndex, colIndex)) return undefined;
  const value = view.raw(rowIndex, colIndex);
  const text = cellText(value);
  return text.trim() === "" ? undefined : { rowIndex, colIndex, value, text };
}

const descriptive = new WeakMap<object, ReadonlyArray<readonly [FieldRole, number]>>();

/** The non-structural (role, primary column) pairs of a layout, computed once per table segment. */
function descriptiveColumns(layout: TableLayout): ReadonlyArray<readonly [FieldRole, number]> {
  let list = descriptive.get(layout.roles);
  if (list === undefined) {
    list = (Object.entries(layout.roles) as [FieldRole, number][]).filter(
      ([role]) => !STRUCTURAL_ROLES.has(role),
    );
    descriptive.set(layout.roles, list);
  }
  return list;
}
