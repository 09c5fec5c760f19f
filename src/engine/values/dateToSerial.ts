import { DAYS_1904 } from "./serialToDate";

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_DATE_MS = Date.UTC(1900, 0, 1);
const LAST_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** True when Excel can show the date (1900-01-01 … 9999-12-31, UTC). */
export function isExcelDate(date: Date): boolean {
  const ms = date.getTime();
  return Number.isFinite(ms) && ms >= FIRST_DATE_MS && ms <= LAST_DATE_MS;
}

/**
 * The serial of a date (read in UTC), the inverse of serialToDate. In the 1900 system serials below 61 count
 * Excel's fictitious 1900-02-29, so 1900-01-01 is 1, 1900-02-28 is 59 and 1900-03-01 is 61; in the 1904
 * system (`date1904`) 1904-01-01 is 0.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const days = (date.getTime() - EPOCH_MS) / DAY_MS;
  const serial = days < 61 ? days - 1 : days;
  return date1904 ? serial - DAYS_1904 : serial;
}
