/**
 * Dates built from floating-point serials are truncated to the millisecond, so 12:00 can come out as
 * 11:59:59.999 (SheetJS builds its dates that way too). Values within 1 ms of a whole second are snapped to
 * it; null for an invalid date.
 */
export function normaliseDate(date: Date): Date | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const rounded = Math.round(ms / 1000) * 1000;
  return Math.abs(rounded - ms) <= 1 && rounded !== ms ? new Date(rounded) : date;
}
