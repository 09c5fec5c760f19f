import fc from "fast-check";
import { before, daysInMonth, type DeadlineValue, type Period, type PeriodUnit } from "./DeadlineValue";

const YEARS = { min: 2015, max: 2035 };

/** Any period of the given unit. */
export function periodOf(unit: PeriodUnit): fc.Arbitrary<Period> {
  const year = fc.integer(YEARS);
  switch (unit) {
    case "date":
      return fc
        .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
        .map(({ year: y, month, day }) => ({
          unit,
          year: y,
          month,
          day: Math.min(day, daysInMonth(y, month)),
        }));
    case "month":
      return fc.record({ year, month: fc.integer({ min: 1, max: 12 }) }).map((p) => ({ unit, ...p }));
    case "quarter":
      return fc.record({ year, quarter: fc.integer({ min: 1, max: 4 }) }).map((p) => ({ unit, ...p }));
    case "half":
      return fc.record({ year, half: fc.integer({ min: 1, max: 2 }) }).map((p) => ({ unit, ...p }));
    case "season":
      return fc.record({ year, season: fc.integer({ min: 1, max: 3 }) }).map((p) => ({ unit, ...p }));
    case "year":
      return year.map((y) => ({ unit, year: y }));
  }
}

const UNITS: readonly PeriodUnit[] = ["date", "month", "quarter", "half", "season", "year"];

export const anyPeriod: fc.Arbitrary<Period> = fc.constantFrom(...UNITS).chain(periodOf);

/** Two periods of one unit, the first ending before the second starts. */
export const anySpan: fc.Arbitrary<{ from: Period; to: Period }> = fc
  .constantFrom(...UNITS)
  .chain((unit) => fc.tuple(periodOf(unit), periodOf(unit)))
  .filter(([a, b]) => before(a, b) || before(b, a))
  .map(([a, b]) => (before(a, b) ? { from: a, to: b } : { from: b, to: a }));

/** Any readable deadline: a period, "by" a period, or a span of two. */
export const anyReadableDeadline: fc.Arbitrary<DeadlineValue> = fc.oneof(
  anyPeriod.map((period): DeadlineValue => ({ kind: "point", period })),
  anyPeriod.map((period): DeadlineValue => ({ kind: "by", period })),
  anySpan.map(({ from, to }): DeadlineValue => ({ kind: "span", from, to })),
  fc.constant<DeadlineValue>({ kind: "continuous" }),
  fc.constant<DeadlineValue>({ kind: "recurring" }),
);
