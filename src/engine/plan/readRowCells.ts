import type { SheetView } from "../grid/SheetView";
import { cellText } from "../text/cellText";
import type { FieldRole } from "../table/FieldRole";
import type { ColumnRoles } from "../table/TableColumns";
import type { FieldCells } from "./Plan";

/** Columns that give a measure its place in the plan rather than describe it. */
export const STRUCTURAL_ROLES: ReadonlySet<FieldRole> = new Set([
  "number",
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
  roles: ColumnRoles,
  throughMerges: boolean,
): FieldCells {
  const cells: FieldCells = {};
  for (const [role, colIndex] of descriptiveColumns(roles)) {
    if (throughMerges) {
      const range = view.merges.rangeAt(rowIndex, colIndex);
      const r = range?.rowIndex ?? rowIndex;
      const c = range?.colIndex ?? colIndex;
      const value = view.raw(r, c);
      cells[role] = { rowIndex: r, colIndex: c, value, text: cellText(value) };
    } else if (!view.merges.isFollower(rowIndex, colIndex)) {
      const value = view.raw(rowIndex, colIndex);
      const text = cellText(value);
      if (text.trim() !== "") cells[role] = { rowIndex, colIndex, value, text };
    }
  }
  return cells;
}

const descriptive = new WeakMap<ColumnRoles, ReadonlyArray<readonly [FieldRole, number]>>();

/** The non-structural (role, column) pairs of a column map, computed once per table segment. */
function descriptiveColumns(roles: ColumnRoles): ReadonlyArray<readonly [FieldRole, number]> {
  let list = descriptive.get(roles);
  if (list === undefined) {
    list = (Object.entries(roles) as [FieldRole, number][]).filter(([role]) => !STRUCTURAL_ROLES.has(role));
    descriptive.set(roles, list);
  }
  return list;
}
