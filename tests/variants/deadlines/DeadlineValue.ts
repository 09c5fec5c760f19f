/** A calendar period a deadline can name. Months 1-12, quarters 1-4, halves 1-2. */
export type Period =
  | { readonly unit: "date"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly unit: "month"; readonly year: number; readonly month: number }
  | { readonly unit: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly unit: "half"; readonly year: number; readonly half: number }
  /** 1 spring (March–May), 2 summer (June–August), 3 autumn (September–November). */
  | { readonly unit: "season"; readonly year: number; readonly season: number }
  | { readonly unit: "year"; readonly year: number };

export type PeriodUnit = Period["unit"];

/** What a deadline cell means, before it is written in some language and style. */
export type DeadlineValue =
  | { readonly kind: "point"; readonly period: Period }
  | { readonly kind: "by"; readonly period: Period }
  | { readonly kind: "span"; readonly from: Period; readonly to: Period }
  | { readonly kind: "continuous" }
  | { readonly kind: "recurring" }
  | { readonly kind: "unreadable" };

/** The normalised form the truth files use: ISO bounds, `null` where open. */
export type Normalized = { kind: string; start: string | null; end: string | null };

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export function firstDay(p: Period): string {
  switch (p.unit) {
    case "date":
      return iso(p.year, p.month, p.day);
    case "month":
      return iso(p.year, p.month, 1);
    case "quarter":
      return iso(p.year, p.quarter * 3 - 2, 1);
    case "half":
      return iso(p.year, p.half * 6 - 5, 1);
    case "season":
      return iso(p.year, p.season * 3, 1);
    case "year":
      return iso(p.year, 1, 1);
  }
}

export function lastDay(p: Period): string {
  const endOf = (y: number, m: number): string => iso(y, m, daysInMonth(y, m));
  switch (p.unit) {
    case "date":
      return iso(p.year, p.month, p.day);
    case "month":
      return endOf(p.year, p.month);
    case "quarter":
      return endOf(p.year, p.quarter * 3);
    case "half":
      return endOf(p.year, p.half * 6);
    case "season":
      return endOf(p.year, p.season * 3 + 2);
    case "year":
      return endOf(p.year, 12);
  }
}

/**
 * The kind a single period normalises to. Half-years and seasons have no kind of their own: they are a
 * `range` of their months (what the engine gives for "II півріччя 2025" today; change it here if a `half` kind is added).
 */
export function periodKind(p: Period): string {
  return p.unit === "half" || p.unit === "season" ? "range" : p.unit;
}

/**
 * The truth for a deadline value. "by <period>" keeps the period's kind, leaves `start` open and ends with
 * the period (as the fixtures' rule does for "до 31.12.2021"); a span of two periods is a `range`; recurring
 * deadlines are `continuous`.
 */
export function normalize(value: DeadlineValue): Normalized {
  switch (value.kind) {
    case "point":
      return { kind: periodKind(value.period), start: firstDay(value.period), end: lastDay(value.period) };
    case "by":
      return { kind: periodKind(value.period), start: null, end: lastDay(value.period) };
    case "span":
      return { kind: "range", start: firstDay(value.from), end: lastDay(value.to) };
    case "continuous":
    case "recurring":
      return { kind: "continuous", start: null, end: null };
    case "unreadable":
      return { kind: "unparsed", start: null, end: null };
  }
}

/** Periods in order: true when `a` ends before `b` starts. */
export function before(a: Period, b: Period): boolean {
  return lastDay(a) < firstDay(b);
}
