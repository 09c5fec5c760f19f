import type { SheetView } from "../grid/SheetView";
import { cellText } from "../text/cellText";
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
  return cells;
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
