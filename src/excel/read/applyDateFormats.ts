import { dateCellValue, isDateFormat, type SheetCells } from "../../engine";
import type { NumberSpan } from "./putBlock";

/**
 * Turns the numbers of a span shown as a date or time into grid dates (engine/values: UTC, the workbook's
 * date system, Excel's 29 February 1900 kept as a number — as the file readers have them). With categories
 * (ExcelApi 1.12) "Date" and "Time" decide and a "Custom" format is classified by its code; without, the code
 * decides — read as SheetJS reads it, and in the regional letters Excel for the web reports
 * (OfficeDev/office-js#2824, #1553).
 */
export function applyDateFormats(
  cells: SheetCells,
  span: NumberSpan,
  formats: readonly (readonly unknown[])[],
  categories: readonly (readonly unknown[])[] | null,
  date1904: boolean,
): void {
  for (let r = 0; r < span.rowCount; r++) {
    const rowIndex = span.rowIndex + r;
    const value = cells.get(rowIndex, span.colIndex);
    if (typeof value !== "number") continue;
    if (isDate(formats[r]?.[0], categories === null ? undefined : categories[r]?.[0]))
      cells.set(rowIndex, span.colIndex, dateCellValue(value, date1904));
  }
}

/** A cell's number format (and category, where Excel gives it) shows a date or time. */
function isDate(format: unknown, category: unknown): boolean {
  if (category === "Date" || category === "Time") return true;
  if (category !== undefined && category !== "Custom") return false;
  return typeof format === "string" && isDateFormat(format, true);
}
