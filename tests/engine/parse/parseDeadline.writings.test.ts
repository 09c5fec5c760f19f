import { parseDeadline, type CellValue } from "../../../src/engine";
import { normalize, type DeadlineValue, type Period } from "../../variants/deadlines/DeadlineValue";
import { deadlineWritings } from "../../variants/deadlines/renderDeadline";
import { LANGUAGES } from "../../variants/wordings/Language";

// Every writing the variant generator knows, one case each, so a failure names the exact writing
// (the property test shrinks to one). Sample values cover each kind; days ≤ 12 catch day/month swaps.

const date = (year: number, month: number, day: number): Period => ({ unit: "date", year, month, day });
const month = (year: number, m: number): Period => ({ unit: "month", year, month: m });
const quarter = (year: number, q: number): Period => ({ unit: "quarter", year, quarter: q });
const half = (year: number, h: number): Period => ({ unit: "half", year, half: h });
const year = (y: number): Period => ({ unit: "year", year: y });

const SAMPLES: DeadlineValue[] = [
  { kind: "point", period: date(2025, 12, 31) },
  { kind: "point", period: date(2025, 3, 5) },
  { kind: "point", period: month(2024, 11) },
  { kind: "point", period: quarter(2025, 4) },
  { kind: "point", period: quarter(2027, 1) },
  { kind: "point", period: half(2027, 2) },
  { kind: "point", period: half(2025, 1) },
  { kind: "point", period: year(2025) },
  { kind: "by", period: date(2025, 12, 31) },
  { kind: "by", period: month(2024, 11) },
  { kind: "by", period: quarter(2025, 3) },
  { kind: "by", period: half(2026, 1) },
  { kind: "by", period: year(2025) },
  { kind: "span", from: year(2024), to: year(2027) },
  { kind: "span", from: month(2024, 10), to: month(2024, 11) },
  { kind: "span", from: month(2027, 5), to: month(2027, 6) },
  { kind: "span", from: month(2024, 12), to: month(2025, 1) },
  { kind: "span", from: quarter(2027, 1), to: quarter(2027, 2) },
  { kind: "span", from: quarter(2024, 4), to: quarter(2025, 1) },
  { kind: "span", from: half(2024, 2), to: half(2025, 1) },
  { kind: "span", from: date(2025, 3, 1), to: date(2025, 6, 30) },
  { kind: "continuous" },
  { kind: "recurring" },
  { kind: "unreadable" },
];

const show = (cell: CellValue): string =>
  cell instanceof Date ? `Date ${cell.toISOString().slice(0, 10)}` : JSON.stringify(cell);

const CASES = LANGUAGES.flatMap((lang) => {
  const seen = new Set<string>();
  return SAMPLES.flatMap((value) =>
    [...deadlineWritings(value, lang, "–", " – "), ...deadlineWritings(value, lang, "-", " - ")]
      .filter((cell) => !seen.has(show(cell)) && Boolean(seen.add(show(cell))))
      .map((cell) => {
        const want = normalize(value);
        return [`${lang} ${show(cell)} → ${want.kind} ${want.start} … ${want.end}`, cell, want] as const;
      }),
  );
});

describe("parseDeadline on every writing the generator knows", () => {
  it.each(CASES)("%s", (_name, cell, want) => {
    const parsed = parseDeadline(cell);
    expect(parsed === null ? null : { kind: parsed.kind, start: parsed.start, end: parsed.end }).toEqual(
      want,
    );
  });
});
