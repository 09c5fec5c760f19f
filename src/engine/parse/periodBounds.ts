import { daysInMonth, isValidDay, isoDay } from "./isoDay";
import type { Period } from "./readPeriod";

export type PeriodBounds = { start: string; end: string };

const UNIT_MONTHS = { year: 12, half: 6, quarter: 3, month: 1 } as const;
const UNIT_COUNT = { year: 1, half: 2, quarter: 4, month: 12 } as const;

/** First and last day of a period whose year is known, or null when it names no real period (5th quarter). */
export function periodBounds(period: Period): PeriodBounds | null {
  const { unit, year, value, day } = period;
  if (year === null || unit === "number") return null;
  if (unit === "date") {
    if (day === null || !isValidDay(year, value, day)) return null;
    return { start: isoDay(year, value, day), end: isoDay(year, value, day) };
  }
  if (unit === "season") {
    if (!Number.isInteger(value) || value < 1 || value > 3) return null;
    const [first, last] = [value * 3, value * 3 + 2];
    return { start: isoDay(year, first, 1), end: isoDay(year, last, daysInMonth(year, last)) };
  }
  const index = unit === "year" ? 1 : value;
  if (!Number.isInteger(index) || index < 1 || index > UNIT_COUNT[unit]) return null;
  const firstMonth = (index - 1) * UNIT_MONTHS[unit] + 1;
  const lastMonth = index * UNIT_MONTHS[unit];
  return { start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, daysInMonth(year, lastMonth)) };
}

/**
 * Fills what the ends of a span leave to each other: a missing year from the next period that has one
 * ("січень – грудень 2021"), the unit of a bare numeral from its neighbour ("ІІ-ІІІ квартали 2024").
 */
export function completePeriods(periods: readonly Period[]): Period[] {
  const out = periods.map((p) => ({ ...p }));
  for (let i = out.length - 2; i >= 0; i--) {
    const current = out[i];
    const next = out[i + 1];
    if (current === undefined || next === undefined) continue;
    if (current.unit === "number" && SHARED_UNITS.has(next.unit)) current.unit = next.unit;
    if (current.year === null && current.unit !== "year") current.year = next.year;
  }
  // "м. V – VI 2027", "Q1 2025 – Q2": the later end takes what only the earlier one says.
  for (let i = 1; i < out.length; i++) {
    const current = out[i];
    const previous = out[i - 1];
    if (current === undefined || previous === undefined) continue;
    if (current.unit === "number" && SHARED_UNITS.has(previous.unit)) current.unit = previous.unit;
    if (current.year === null && current.unit !== "year") current.year = previous.year;
  }
  return out;
}

/** Units a bare numeral at one end of a span takes from the other end. */
const SHARED_UNITS: ReadonlySet<Period["unit"]> = new Set(["quarter", "half", "month"]);
