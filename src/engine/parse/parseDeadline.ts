import type { CellValue } from "../grid/CellValue";
import { cellText } from "../text/cellText";
import { isBlank } from "../text/collapseSpace";
import { isPlaceholder } from "../text/isPlaceholder";
import { completePeriods, periodBounds, type PeriodBounds } from "./periodBounds";
import { readPeriod, type Period } from "./readPeriod";
import { toDeadlineSymbols } from "./toDeadlineSymbols";
import { tokenizeDeadline } from "./tokenizeDeadline";
import type { Recurrence } from "./deadlineKeywords";
import { isValidDay } from "./isoDay";

export type DeadlineKind = "continuous" | "range" | "year" | "quarter" | "month" | "date" | "unparsed";

/**
 * A recurring deadline: how often ("щороку", "quarterly") and, where it says, by which day — `MM-DD` in the
 * year ("щороку до 1 лютого" → `02-01`) or `DD` in the period ("щомісяця до 5 числа" → `05`).
 */
export type DeadlineRecurrence = { every: Recurrence; by: string | null };

/** A deadline cell read: ISO `YYYY-MM-DD` bounds; "by" leaves `start` null, "from" leaves `end` null. */
export type Deadline = {
  raw: string;
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  qualifier: "by" | "from" | null;
  /** Only for a recurring deadline (kind `continuous`). */
  recurrence?: DeadlineRecurrence;
};

type Reading = Omit<Deadline, "raw">;

const UNPARSED: Reading = { kind: "unparsed", start: null, end: null, qualifier: null };
const SPAN_SEPARATORS = new Set(["-", "to", "by", ","]);

/** The years of the plan a deadline belongs to: what a deadline that names no year ("IV квартал") means. */
export type DeadlineYears = { readonly startYear: number; readonly endYear: number };

/** Some years, for asking whether a text reads as a deadline at all (any plan would give it its years). */
export const ANY_YEARS: DeadlineYears = { startYear: 2000, endYear: 2001 };

/**
 * Reads a deadline cell (uk, bg, en). Empty and dash-only cells give null. Numbers 1900..2100 are years;
 * other numbers are not deadlines (hosts hand date cells over as Date, never as Excel serials).
 *
 * A deadline that names no year ("IV квартал", "до 1 липня", "червень") reads in the plan's `years`: in a plan
 * of one year, in that year; in a plan of several, as coming back every year by the end of the period it names
 * (`continuous`, `{every: "year", by: "12-31"}`). Without `years` it is `unparsed`.
 */
export function parseDeadline(value: CellValue, years: DeadlineYears | null = null): Deadline | null {
  const raw = cellText(value);
  if (isBlank(raw) || isPlaceholder(raw)) return null;
  return { raw, ...read(value, raw, years) };
}

function read(value: CellValue, raw: string, years: DeadlineYears | null): Reading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? UNPARSED : { kind: "date", start: raw, end: raw, qualifier: null };
  }
  if (typeof value === "boolean") return UNPARSED;
  if (typeof value === "number" && !Number.isInteger(value)) return UNPARSED;
  const { continuous, recurrence, symbols } = toDeadlineSymbols(
    tokenizeDeadline(raw.normalize("NFC").toLowerCase()),
  );
  if (continuous) {
    const reading: Reading = { kind: "continuous", start: null, end: null, qualifier: null };
    return recurrence === null
      ? reading
      : { ...reading, recurrence: { every: recurrence, by: dayOf(symbols) } };
  }
  return readSymbols(symbols) ?? (years === null ? null : yearless(symbols, years)) ?? UNPARSED;
}

/** A deadline that names no year, read in the plan's years (see parseDeadline); null when it still fails. */
function yearless(symbols: readonly string[], years: DeadlineYears): Reading | null {
  if (symbols.some((s) => YEAR_OR_DATE.test(s))) return null;
  const reading = readSymbols([...symbols, `n${years.startYear}`]);
  if (reading === null || years.startYear === years.endYear) return reading;
  const end = reading.end ?? reading.start;
  return end === null
    ? null
    : {
        kind: "continuous",
        start: null,
        end: null,
        qualifier: null,
        recurrence: { every: "year", by: end.slice(5) },
      };
}

/** Symbols that carry a year: a year number, a date, a month of a year. */
const YEAR_OR_DATE = /^(n(1[89]|2\d)\d\d|d.*|M.*)$/;

function readSymbols(symbols: readonly string[]): Reading | null {
  const bound = symbols[0] === "by" || symbols[0] === "from" ? symbols[0] : null;
  const periods: Period[] = [];
  let at = bound === null ? 0 : 1;
  for (;;) {
    const period = readPeriod(symbols, at);
    if (period === null) return null;
    periods.push(period.period);
    at = period.next;
    if (at >= symbols.length) break;
    if (!SPAN_SEPARATORS.has(symbols[at] ?? "")) return null;
    at += 1;
  }
  const bounds = completePeriods(periods).map(periodBounds);
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first == null || last == null || bounds.some((b) => b === null)) return null;
  if (bounds.length > 1) return span(first, last);
  return single(periods[0]?.unit ?? "number", first, bound);
}

/** The day a recurring deadline names: "до 1 лютого" → `02-01`, "до 5 числа" → `05`; null when it names none. */
function dayOf(symbols: readonly string[]): string | null {
  const at = symbols.indexOf("by");
  const rest = at < 0 ? symbols : symbols.slice(at + 1);
  const [a = "", b = ""] = rest;
  const two = (n: number): string => String(n).padStart(2, "0");
  const day = a.startsWith("n") ? Number(a.slice(1)) : null;
  const dayFirst = b.startsWith("m") && day !== null ? { month: Number(b.slice(1)), day } : null;
  const monthFirst =
    a.startsWith("m") && b.startsWith("n") ? { month: Number(a.slice(1)), day: Number(b.slice(1)) } : null;
  const date = dayFirst ?? monthFirst;
  if (date !== null)
    return isValidDay(2024, date.month, date.day) ? `${two(date.month)}-${two(date.day)}` : null;
  return day !== null && day >= 1 && day <= 31 && rest.length === 1 ? two(day) : null;
}

function span(first: PeriodBounds, last: PeriodBounds): Reading | null {
  if (first.start > last.end) return null;
  return { kind: "range", start: first.start, end: last.end, qualifier: null };
}

function single(unit: Period["unit"], bounds: PeriodBounds, bound: "by" | "from" | null): Reading | null {
  if (unit === "number") return null;
  // A half-year or a season has no kind of its own: it is the range of its months.
  const kind = unit === "half" || unit === "season" ? "range" : unit;
  if (bound === "by") return { kind, start: null, end: bounds.end, qualifier: "by" };
  if (bound === "from") return { kind, start: bounds.start, end: null, qualifier: "from" };
  return { kind, start: bounds.start, end: bounds.end, qualifier: null };
}
