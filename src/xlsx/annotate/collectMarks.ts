import { isValidPosition } from "../ooxml/cellRefs";
import { sheetNameKey } from "../ooxml/sheetNames";
import {
  InvalidAnnotationError,
  type CellMark,
  type MarkSeverity,
  type WorkbookAnnotations,
} from "../WorkbookAnnotations";
import type { SheetEntry } from "./workbookParts";

const RANK: Readonly<Record<MarkSeverity, number>> = { info: 1, warning: 2, error: 3 };

/** All marks on one cell, merged: the highest severity wins the fill, notes are joined by line breaks. */
export type CellAnnotation = { rowIndex: number; colIndex: number; severity: MarkSeverity; notes: string[] };

/** Finds the sheet entry a mark or link names (exact name first, then Excel's case-insensitive match). */
export function findSheet(sheets: readonly SheetEntry[], name: string, what: string): SheetEntry {
  const sheet =
    sheets.find((s) => s.name === name) ?? sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
  if (!sheet)
    throw new InvalidAnnotationError(`${what} refers to sheet "${name}", which the workbook does not have`);
  if (!sheet.isWorksheet)
    throw new InvalidAnnotationError(`${what} refers to "${name}", which is not a worksheet`);
  return sheet;
}

export function checkPosition(rowIndex: number, colIndex: number, what: string): void {
  if (!isValidPosition(rowIndex, colIndex)) {
    throw new InvalidAnnotationError(
      `${what} has indices outside the sheet (row ${rowIndex}, column ${colIndex})`,
    );
  }
}

/** Checks every mark and groups them by sheet path. Throws {@link InvalidAnnotationError}. */
export function collectMarks(
  annotations: WorkbookAnnotations,
  sheets: readonly SheetEntry[],
): Map<SheetEntry, CellMark[]> {
  const bySheet = new Map<SheetEntry, CellMark[]>();
  annotations.marks.forEach((mark, i) => {
    const what = `mark ${i + 1}`;
    const sheet = findSheet(sheets, mark.sheet, what);
    checkPosition(mark.rowIndex, mark.colIndex, what);
    if (RANK[mark.severity] === undefined)
      throw new InvalidAnnotationError(`${what} has an unknown severity "${String(mark.severity)}"`);
    if (typeof mark.note !== "string") throw new InvalidAnnotationError(`${what} has no note text`);
    const list = bySheet.get(sheet) ?? [];
    list.push(mark);
    bySheet.set(sheet, list);
  });
  return bySheet;
}

/**
 * Merges the marks of one sheet per cell, after moving each mark inside a merged range to the range's
 * top-left cell (the only one Excel shows). Sorted by row, then column.
 */
export function mergeMarks(
  marks: readonly CellMark[],
  topLeftOf: (row: number, col: number) => [number, number],
): CellAnnotation[] {
  const byCell = new Map<string, CellAnnotation>();
  for (const mark of marks) {
    const [rowIndex, colIndex] = topLeftOf(mark.rowIndex, mark.colIndex);
    const key = `${rowIndex},${colIndex}`;
    const cell = byCell.get(key);
    if (!cell)
      byCell.set(key, {
        rowIndex,
        colIndex,
        severity: mark.severity,
        notes: mark.note === "" ? [] : [mark.note],
      });
    else {
      if (RANK[mark.severity] > RANK[cell.severity]) cell.severity = mark.severity;
      if (mark.note !== "" && !cell.notes.includes(mark.note)) cell.notes.push(mark.note);
    }
  }
  return [...byCell.values()].sort((a, b) => a.rowIndex - b.rowIndex || a.colIndex - b.colIndex);
}
