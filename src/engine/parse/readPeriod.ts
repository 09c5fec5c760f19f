/**
 * One period named in a deadline. `year` is null while a span leaves it to its other end ("січень –
 * грудень 2021"); `unit` "number" is a bare numeral waiting for the unit of the other end ("ІІ-ІІІ квартали").
 */
export type Period = {
  unit: "year" | "half" | "quarter" | "season" | "month" | "date" | "number";
  year: number | null;
  value: number;
  day: number | null;
};

export type PeriodRead = { period: Period; next: number };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Reads one period from the symbols at `at` (see toDeadlineSymbols), or null when none starts there. */
export function readPeriod(symbols: readonly string[], at: number): PeriodRead | null {
  const at0 = (k: number): string => symbols[at + k] ?? "";
  const [a, b, c, d] = [at0(0), at0(1), at0(2), at0(3)];
  if (a.startsWith("d")) return dateRead(a, at + 1);
  if (a.startsWith("M")) {
    const [year, month] = a.slice(1).split("-").map(Number);
    return read("month", year ?? null, month ?? 0, null, at + 1);
  }
  // "м. XI 2024 г.", "місяць 5": a month by its number.
  if (a === "U") {
    const n = numeralOf(b);
    return n === null ? null : withYear("month", n, c, at + 2);
  }
  // "літо 2025", "summer of 2026": a season (1 spring, 2 summer, 3 autumn).
  if (/^s\d$/.test(a)) return withYear("season", Number(a.slice(1)), b, at + 1);
  const rA = romanOf(a);
  if (rA !== null && b !== "q" && b !== "h") {
    // "XI.2024", "V – VI 2027": a Roman numeral with a year (or a span's other end) is a month.
    return yearOf(b) !== null
      ? read("month", yearOf(b), rA, null, at + 2)
      : read("number", null, rA, null, at + 1);
  }
  const nA = numeralOf(a);
  const mA = monthOf(a);
  // "2025 Q4", "2025 II півріччя": the year first.
  if (nA !== null && isYear(nA) && (b === "q" || b === "h") && numeralOf(c) !== null) {
    return read(b === "q" ? "quarter" : "half", nA, numeralOf(c) ?? 0, null, at + 3);
  }
  if (nA !== null && isYear(nA)) return read("year", nA, nA, null, at + 1);
  // "31.XII.2025", "5.III.2025": a day, a Roman month and a year.
  const rB = romanOf(b);
  if (nA !== null && rB !== null && rB <= 12 && yearOf(c) !== null)
    return read("date", yearOf(c), rB, nA, at + 3);
  if (nA !== null && monthOf(b) !== null) {
    // "31 грудня 2025"; "1 січня – 31 березня 2025" (the first day takes the year of the span's end).
    return yearOf(c) !== null
      ? read("date", yearOf(c), monthOf(b) ?? 0, nA, at + 3)
      : read("date", null, monthOf(b) ?? 0, nA, at + 2);
  }
  if (mA !== null) {
    const day = numberOf(b);
    if (day !== null && !isYear(day)) {
      const withComma = c === ",";
      const year = yearOf(withComma ? d : c);
      if (year !== null) return read("date", year, mA, day, at + (withComma ? 4 : 3));
    }
    return withYear("month", mA, b, at + 1);
  }
  if ((a === "q" || a === "h") && numeralOf(b) !== null) {
    return withYear(a === "q" ? "quarter" : "half", numeralOf(b) ?? 0, c, at + 2);
  }
  if (nA !== null && (b === "q" || b === "h")) {
    return withYear(b === "q" ? "quarter" : "half", nA, c, at + 2);
  }
  if (nA !== null) return withYear("number", nA, b, at + 1);
  return null;
}

function withYear(unit: Period["unit"], value: number, maybeYear: string, next: number): PeriodRead {
  const year = yearOf(maybeYear);
  return read(unit, year, value, null, year === null ? next : next + 1);
}

function read(
  unit: Period["unit"],
  year: number | null,
  value: number,
  day: number | null,
  next: number,
): PeriodRead {
  return { period: { unit, year, value, day }, next };
}

function dateRead(symbol: string, next: number): PeriodRead {
  const [year, month, day] = symbol.slice(1).split("-").map(Number);
  return read("date", year ?? 0, month ?? 0, day ?? 0, next);
}

function numberOf(symbol: string): number | null {
  return symbol.startsWith("n") ? Number(symbol.slice(1)) : null;
}

function romanOf(symbol: string): number | null {
  return symbol.startsWith("r") ? Number(symbol.slice(1)) : null;
}

/** A number written in Arabic or Roman digits. */
function numeralOf(symbol: string): number | null {
  return numberOf(symbol) ?? romanOf(symbol);
}

function monthOf(symbol: string): number | null {
  return symbol.startsWith("m") ? Number(symbol.slice(1)) : null;
}

function yearOf(symbol: string): number | null {
  const n = numberOf(symbol);
  return n !== null && isYear(n) ? n : null;
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}
