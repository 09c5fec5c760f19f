import { isSeverity, type CellMark } from "../../engine";
import { isValidPosition } from "../ooxml/cellRefs";
import { sheetNameKey } from "../ooxml/sheetNames";
import { InvalidAnnotationError, type WorkbookAnnotations } from "../WorkbookAnnotations";
import type { SheetEntry } from "./workbookParts";

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
    if (!isSeverity(mark.severity))
      throw new InvalidAnnotationError(`${what} has an unknown severity "${String(mark.severity)}"`);
    if (typeof mark.note !== "string") throw new InvalidAnnotationError(`${what} has no note text`);
    const list = bySheet.get(sheet) ?? [];
    list.push(mark);
    bySheet.set(sheet, list);
  });
  return bySheet;
}
