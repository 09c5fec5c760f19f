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
 * The 1900-system serial of a date (read in UTC), the inverse of serialToDate: serials below 61 count
 * Excel's fictitious 1900-02-29, so 1900-01-01 is 1, 1900-02-28 is 59 and 1900-03-01 is 61.
 */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EPOCH_MS) / DAY_MS;
  return days < 61 ? days - 1 : days;
}
