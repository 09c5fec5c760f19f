import type { CellValue } from "../grid/CellValue";
import { DAYS_1904, serialToDate } from "./serialToDate";

/**
 * The grid value of a number Excel shows as a date or time (its number format says so): the `Date` of
 * {@link serialToDate}; for 29 February 1900 (serial 60, a day that never was) the serial itself — in a
 * 1904 workbook shifted by 1,462 days, as SheetJS leaves it; null for NaN and infinities. Both the Excel
 * host and the .xlsx reader turn date cells into grid values here.
 */
export function dateCellValue(serial: number, date1904: boolean): CellValue {
  const date = serialToDate(serial, date1904);
  if (date !== null) return date;
  const shifted = date1904 ? serial + DAYS_1904 : serial;
  return Number.isFinite(shifted) ? shifted : null;
}
