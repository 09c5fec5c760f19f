import { parseDeadline } from "../../../src/engine/parse/parseDeadline";
import { expected, unparsed, type DeadlineCase } from "./deadlineCases";

const q4 = { start: "2025-10-01", end: "2025-12-31" };
const july = { start: "2021-07-01", end: "2021-07-31" };
const by = (end: string) => ({ start: null, end, qualifier: "by" as const });
const on = (day: string) => ({ start: day, end: day });

const cases: DeadlineCase[] = [
  { description: "uk Latin IV квартал", value: "IV квартал 2025", kind: "quarter", ...q4 },
  {
    description: "uk Cyrillic І квартал",
    value: "І квартал 2024 року",
    kind: "quarter",
    start: "2024-01-01",
    end: "2024-03-31",
  },
  {
    description: "uk arabic quarter",
    value: "2 квартал 2025",
    kind: "quarter",
    start: "2025-04-01",
    end: "2025-06-30",
  },
  {
    description: "bg тримесечие",
    value: "ІІІ тримесечие 2025 г.",
    kind: "quarter",
    start: "2025-07-01",
    end: "2025-09-30",
  },
  { description: "en Q3", value: "Q3 2025", kind: "quarter", start: "2025-07-01", end: "2025-09-30" },
  { description: "en ordinal quarter", value: "4th quarter of 2025", kind: "quarter", ...q4 },
  {
    description: "uk до кінця кварталу",
    value: "до кінця IV кварталу 2025 року",
    kind: "quarter",
    ...by(q4.end),
  },
  { description: "uk до кварталу", value: "до IV кварталу 2025", kind: "quarter", ...by(q4.end) },
  { description: "uk nominative month", value: "липень 2021 року", kind: "month", ...july },
  { description: "uk locative month", value: "у липні 2021", kind: "month", ...july },
  { description: "bg month", value: "юли 2025 г.", kind: "month", start: "2025-07-01", end: "2025-07-31" },
  { description: "en month", value: "July 2025", kind: "month", start: "2025-07-01", end: "2025-07-31" },
  {
    description: "en short month, leap February",
    value: "Feb 2024",
    kind: "month",
    start: "2024-02-01",
    end: "2024-02-29",
  },
  { description: "uk до + genitive month", value: "до липня 2021", kind: "month", ...by(july.end) },
  { description: "uk до кінця місяця", value: "до кінця липня 2021 року", kind: "month", ...by(july.end) },
  { description: "uk by a numeric date", value: "до 31.12.2021", kind: "date", ...by("2021-12-31") },
  {
    description: "uk by a date in words",
    value: "до 31 грудня 2021 року",
    kind: "date",
    ...by("2021-12-31"),
  },
  { description: "uk не пізніше", value: "не пізніше 01.03.2025", kind: "date", ...by("2025-03-01") },
  { description: "bg до … декември", value: "до 31 декември 2024 г.", kind: "date", ...by("2024-12-31") },
  { description: "bg не по-късно от", value: "не по-късно от 01.03.2025", kind: "date", ...by("2025-03-01") },
  { description: "en by a date", value: "by 31 March 2025", kind: "date", ...by("2025-03-31") },
  { description: "uk date with р.", value: "до 31.12.2021 р.", kind: "date", ...by("2021-12-31") },
  { description: "plain numeric date", value: "31.12.2021", kind: "date", ...on("2021-12-31") },
  { description: "uk plain date in words", value: "31 грудня 2021", kind: "date", ...on("2021-12-31") },
  { description: "en month-first date", value: "March 31, 2025", kind: "date", ...on("2025-03-31") },
  { description: "ISO text", value: "2025-03-01", kind: "date", ...on("2025-03-01") },
  { description: "two-digit year", value: "31.12.21", kind: "date", ...on("2021-12-31") },
  {
    description: "uk from a date",
    value: "з 01.03.2025",
    kind: "date",
    start: "2025-03-01",
    end: null,
    qualifier: "from",
  },
  unparsed("impossible day", "31.02.2021"),
  unparsed("impossible day in words", "31 лютого 2021"),
  unparsed("fifth quarter", "V квартал 2025"),
  unparsed("three-digit year", "31.12.202"),
  unparsed("bg school holidays", "Летни ваканции"),
  unparsed("uk as funds arrive", "по мірі надходження коштів"),
  unparsed("uk half-year without a year", "І півріччя"),
  unparsed("month without a year", "липень"),
  unparsed("span ending before it starts", "2025-2023"),
  unparsed("year outside 1900..2100", "2150"),
  unparsed("Excel serial number", 45000),
  unparsed("fractional number", 2025.5),
  unparsed("boolean", true),
  unparsed("year with trailing words", "2025 рік, за потреби"),
];

describe("parseDeadline: quarters, months, dates and unparsed text", () => {
  it.each(cases)("$description: $value", (c) => {
    expect(parseDeadline(c.value)).toStrictEqual(expected(c));
  });
});

describe("parseDeadline: cell values", () => {
  it.each([null, "", "   ", "\u00a0\n", "-", " – ", "—"])("returns null for the empty cell %j", (value) => {
    expect(parseDeadline(value)).toBeNull();
  });

  it("reads a Date cell as that day", () => {
    expect(parseDeadline(new Date(Date.UTC(2025, 2, 1)))).toEqual({
      raw: "2025-03-01",
      kind: "date",
      ...on("2025-03-01"),
      qualifier: null,
    });
  });

  it("keeps the cell text exactly as raw", () => {
    expect(parseDeadline("  2024-\n\n2027  г. ")?.raw).toBe("  2024-\n\n2027  г. ");
  });

  // A hang guard, not a speed target (speed is proven by `npm run bench`): jest's timeout fails a runaway scan.
  it("finishes on pathological text (no catastrophic backtracking)", () => {
    const pathological = ["а-".repeat(20_000), "2024-".repeat(20_000), "1".repeat(50_000) + "."];
    pathological.forEach((text) => expect(parseDeadline(text)?.kind).toBe("unparsed"));
  }, 10_000);
});
