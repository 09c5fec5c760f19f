const MS_PER_DAY = 86_400_000;
/** Serial 0 in Excel's 1900 date system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day Excel can show. */
const LAST_SERIAL = 2_958_465;

/**
 * An Excel date serial (1900 date system) as a `Date` in UTC: whole serials become UTC midnight, fractions
 * the time of day rounded to the second. Excel counts a fictitious 29 February 1900 (serial 60), so serials
 * below 61 are one day later than a plain count. Null for serials Excel cannot show as a date.
 */
export function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return null;
  const days = serial >= 1 && serial < 61 ? serial + 1 : serial;
  const ms = Math.round((days * MS_PER_DAY) / 1000) * 1000;
  return new Date(EPOCH_1900 + ms);
}
