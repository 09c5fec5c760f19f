import type { SheetView } from "../grid/SheetView";
import type { FieldRole } from "../table/FieldRole";
import type { ColumnRoles, HeaderBlock } from "../table/TableColumns";
import { cellNumber } from "./leadingNumber";

const SAMPLE_ROWS = 200;

/**
 * The columns a table segment is read with: the header's roles, made consistent (a "№" column left of the task
 * numbers tasks; a table without a measure column lists its tasks as measures), an un-labelled column of numbers
 * recognised as the number column, and finally the user's corrections.
 */
export function resolveColumns(
  view: SheetView,
  header: HeaderBlock,
  overrides: ColumnRoles = {},
): ColumnRoles {
  const roles: ColumnRoles = { ...header.roles };
  if (roles.measure === undefined && roles.task !== undefined) {
    roles.measure = roles.task;
    delete roles.task;
  }
  if (roles.number === undefined && roles.taskNumber === undefined && roles.measure !== undefined) {
    const inferred = inferNumberColumn(view, header, roles, roles.measure);
    if (inferred !== null) roles.number = inferred;
  }
  if (roles.number !== undefined && roles.task !== undefined && roles.number < roles.task) {
    roles.taskNumber = roles.number;
    delete roles.number;
  }
  for (const [role, colIndex] of Object.entries(overrides) as [FieldRole, number][]) {
    for (const [other, c] of Object.entries(roles) as [FieldRole, number][])
      if (c === colIndex) delete roles[other];
    roles[role] = colIndex;
  }
  return roles;
}

function inferNumberColumn(
  view: SheetView,
  header: HeaderBlock,
  roles: ColumnRoles,
  before: number,
): number | null {
  const taken = new Set(Object.values(roles));
  for (let c = 0; c < before; c++) {
    if (taken.has(c) || (header.labels[c] ?? "") !== "") continue;
    let filled = 0;
    let numbers = 0;
    const end = Math.min(view.rowCount, header.lastRowIndex + 1 + SAMPLE_ROWS);
    for (let r = header.lastRowIndex + 1; r < end; r++) {
      const text = view.text(r, c);
      const range = view.merges.rangeAt(r, c);
      const spansColumns = range !== null && range.lastColIndex > range.colIndex;
      if (text === "" || spansColumns || view.merges.isFollower(r, c) || view.filledCount(r) <= 1) continue;
      filled++;
      if (cellNumber(text) !== null) numbers++;
    }
    if (filled > 0 && numbers / filled >= 0.5) return c;
  }
  return null;
}
