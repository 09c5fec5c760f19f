import { parseDeadline } from "../../../src/engine/parse/parseDeadline";
import { validateWorkbook } from "../../../src/engine/validateWorkbook";
import { parseSettings } from "../../../src/engine/settings/Settings";
import { sheet } from "../../helpers/grid";

const ONE_YEAR = { startYear: 2026, endYear: 2026 };
const THREE_YEARS = { startYear: 2025, endYear: 2027 };

describe("deadlines that name no year", () => {
  it.each([
    ["IV квартал", "quarter", "2026-10-01", "2026-12-31", null],
    ["до 1 липня", "date", null, "2026-07-01", "by"],
    ["червень", "month", "2026-06-01", "2026-06-30", null],
    ["І півріччя", "range", "2026-01-01", "2026-06-30", null],
    ["жовтень – листопад", "range", "2026-10-01", "2026-11-30", null],
    ["м. IX", "month", "2026-09-01", "2026-09-30", null],
    ["Q3", "quarter", "2026-07-01", "2026-09-30", null],
  ])("%j reads in the year of a one-year plan", (text, kind, start, end, qualifier) => {
    expect(parseDeadline(text, ONE_YEAR)).toEqual({ raw: text, kind, start, end, qualifier });
  });

  it.each([
    ["IV квартал", "12-31"],
    ["до 1 липня", "07-01"],
    ["червень", "06-30"],
    ["I полугодие", "06-30"],
  ])("%j comes back every year of a longer plan, by %s", (text, by) => {
    expect(parseDeadline(text, THREE_YEARS)).toEqual({
      raw: text,
      kind: "continuous",
      start: null,
      end: null,
      qualifier: null,
      recurrence: { every: "year", by },
    });
  });

  it.each(["IV квартал", "до 1 липня", "червень"])(
    "%j is unparsed where the plan's years are unknown",
    (text) => {
      expect(parseDeadline(text)?.kind).toBe("unparsed");
    },
  );

  it.each(["5 2025", "13.2025", "after funding is secured", "до 20 числа місяця, що настає за звітним"])(
    "%j stays unparsed: it names a year already, or is not a deadline",
    (text) => {
      expect(parseDeadline(text, ONE_YEAR)?.kind).toBe("unparsed");
    },
  );
});

describe("a one-year plan with deadlines that name no year", () => {
  const workbook = {
    sheets: [
      sheet(
        "План",
        [
          ["План заходів на 2026 рік"],
          ["№", "Захід", "Відповідальний", "Термін виконання", "Показник"],
          ["1", "Семінар", "Відділ освіти", "IV квартал", "кількість учасників"],
          ["2", "Звіт", "Відділ освіти", "до 1 липня", "кількість звітів"],
        ],
        [],
      ),
    ],
  };

  it("reads them in the title's year, with no unparsed-deadline finding", () => {
    const { plan, result } = validateWorkbook(workbook);
    expect(plan.sheets[0]?.measures.map((m) => m.deadline?.end)).toEqual(["2026-12-31", "2026-07-01"]);
    expect(result.issues.map((issue) => issue.code)).not.toContain("unparsed-deadline");
  });

  it("reads them in the period the settings give, when they give one", () => {
    const parsed = parseSettings({ planPeriod: { startYear: 2027, endYear: 2027 } });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const { plan } = validateWorkbook(workbook, parsed.settings);
    expect(plan.sheets[0]?.measures.map((m) => m.deadline?.end)).toEqual(["2027-12-31", "2027-07-01"]);
  });
});
