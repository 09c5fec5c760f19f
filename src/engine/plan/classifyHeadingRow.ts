import type { SheetView } from "../grid/SheetView";
import type { ColumnRoles } from "../table/TableColumns";
import { isKeywordHeading } from "./headingOf";
import { cellNumber } from "../parse/leadingNumber";

/**
 * Whether a row is a heading (goal, section, block or note) rather than table content: one cell merged across
 * most of the table, or — when merges are unknown — a lone cell left of the measures that is not a number.
 * Returns the column of the heading text, or null.
 */
export function headingColumn(
  view: SheetView,
  rowIndex: number,
  filled: number[],
  roles: ColumnRoles,
  width: number,
): number | null {
  const first = filled[0];
  if (first === undefined) return null;
  const measureCol = roles.measure ?? 0;
  const range = view.merges.rangeAt(rowIndex, first);
  if (range !== null && range.rowIndex === rowIndex && range.colIndex === first) {
    const span = range.lastColIndex - range.colIndex + 1;
    const coversAll = filled.every((c) => c <= range.lastColIndex);
    if (span >= 2 && coversAll && (span >= Math.ceil(width * 0.6) || range.lastColIndex >= measureCol))
      return first;
  }
  if (filled.length !== 1 || first > measureCol) return null;
  const text = view.text(rowIndex, first);
  if (isKeywordHeading(text)) return first;
  if (first === roles.task || first === measureCol || first === roles.goal || first === roles.section)
    return null;
  if ((first === roles.number || first === roles.taskNumber) && cellNumber(text) !== null) return null;
  return text.length >= 3 ? first : null;
}
