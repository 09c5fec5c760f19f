import type { SheetView } from "../grid/SheetView";
import type { ColumnRoles } from "../table/TableColumns";
import { isKeywordHeading } from "./headingOf";
import { cellNumber } from "../parse/leadingNumber";

/**
 * Whether a row is a heading (goal, section, block or note) rather than table content: one cell merged across
 * most of the table (maybe after its number: "I. | ОБРАЗОВАНИЕ"), or — when merges are unknown — a lone cell left
 * of the measures that is not a number, or a Roman or capitalised section title beside its number with nothing
 * else in the row. Returns the column where the heading starts, or null.
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
  if (filled.length === 2 && numberedTitle(view, rowIndex, filled, width)) return first;
  if (filled.length !== 1 || first > measureCol) return null;
  const text = view.text(rowIndex, first);
  if (isKeywordHeading(text)) return first;
  if (first === roles.task || first === measureCol || first === roles.goal || first === roles.section)
    return null;
  if ((first === roles.number || first === roles.taskNumber) && cellNumber(text) !== null) return null;
  return text.length >= 3 ? first : null;
}

/** Roman numbers of sections: "I.", "IV", "ІІ." (Cyrillic І). */
const ROMAN = /^[IVXLCІХ]{1,6}\.?$/u;

/**
 * "I. | ОБРАЗОВАНИЕ", "2. | Розвиток мережі закладів": a number cell and a title that is merged across most of
 * the table, or — unmerged — written in capitals or numbered in Roman digits, with nothing else in the row.
 */
function numberedTitle(view: SheetView, rowIndex: number, filled: readonly number[], width: number): boolean {
  const [numberCol = 0, titleCol = 0] = filled;
  const number = view.text(rowIndex, numberCol);
  const roman = ROMAN.test(number);
  if (!roman && cellNumber(number) === null) return false;
  const range = view.merges.rangeAt(rowIndex, titleCol);
  if (
    range !== null &&
    range.colIndex === titleCol &&
    range.lastColIndex - titleCol + 1 >= Math.ceil(width * 0.5)
  )
    return true;
  const title = view.text(rowIndex, titleCol);
  const letters = title.replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return roman || (letters.length >= 3 && capitals / letters.length >= 0.8);
}
