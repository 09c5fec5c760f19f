import { normaliseDate } from "./normaliseDate";

/** Day 0 of the dates built here: 1899-12-30, so that serial 61 (1 March 1900) is 61 days later. */
const EPOCH = Date.UTC(1899, 11, 30, 0, 0, 0);
/** A 1904-system serial is this many days less than the 1900-system serial of the same day. */
export const DAYS_1904 = 1462;

/**
 * An Excel date serial as a `Date` in UTC, as SheetJS (our reference for files) builds it.
 *
 * - 1900 system: serial 1 is 1900-01-01 and serial 0 the "0 January 1900" Excel shows (1899-12-31). Excel
 *   counts 1900 as a leap year (a bug kept from Lotus 1-2-3): serial 60 is 29 February 1900, a day that never
 *   was, so serials below 60 are one day later than a plain count from 1899-12-30 and serials from 61 on are
 *   not. Serials in [60, 61) give null: there is no such date (the caller keeps the number).
 * - 1904 system (`date1904`, the old Mac default): serial 0 is 1904-01-01, i.e. the 1900 serial minus 1,462.
 *
 * Fractions are the time of day; the result is snapped to the second when within 1 ms of it. Null for NaN
 * and infinities.
 */
export function serialToDate(serial: number, date1904 = false): Date | null {
  const v = date1904 ? serial + DAYS_1904 : serial;
  if (v >= 60 && v < 61) return null;
  // Multiplied step by step as SheetJS does: `* 86400000` would round differently.
  return normaliseDate(new Date((v > 60 ? v : v + 1) * 24 * 60 * 60 * 1000 + EPOCH));
}
