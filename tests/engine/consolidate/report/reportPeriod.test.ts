import {
  readTemplateMeta,
  TEMPLATE_META_SHEET,
  templateMetaRows,
} from "../../../../src/engine/consolidate/template";
import { sheet } from "../../../helpers/grid";
import { reportPeriod } from "../../../../src/engine/consolidate/report";

const plan = { startYear: 2022, endYear: 2023 };

describe("reportPeriod", () => {
  it("takes a year given as the whole calendar year", () => {
    expect(reportPeriod({ given: "2025", planPeriod: null, today: "2026-01-20" })).toEqual({
      ok: true,
      period: { label: "2025", start: "2025-01-01", end: "2025-12-31", year: 2025, source: "given" },
    });
  });

  it("reads other periods with the deadline grammar: a half-year, a quarter, a span of years", () => {
    const read = (given: string) => {
      const result = reportPeriod({ given, planPeriod: plan, today: "2026-01-20" });
      return result.ok
        ? [result.period.start, result.period.end, result.period.year, result.period.label]
        : null;
    };
    expect(read("I півріччя 2025")).toEqual(["2025-01-01", "2025-06-30", null, "I півріччя 2025"]);
    expect(read("Q3 2024")).toEqual(["2024-07-01", "2024-09-30", null, "Q3 2024"]);
    expect(read("2022-2023")).toEqual(["2022-01-01", "2023-12-31", null, "2022-2023"]);
    expect(read(" 2024 ")).toEqual(["2024-01-01", "2024-12-31", 2024, "2024"]);
  });

  it("refuses what is not a period: text, a continuous or an open deadline", () => {
    for (const given of ["last year", "постійно", "до 31.12.2025", "2025-13"])
      expect(reportPeriod({ given, planPeriod: null, today: "2026-01-20" })).toEqual({ ok: false, given });
  });

  it("takes the period most returns' templates name, the later of equally many", () => {
    const request = { planPeriod: plan, today: "2026-01-20" };
    const most = reportPeriod({ ...request, fromTemplates: ["2023", undefined, "2022", "2023", "nonsense"] });
    expect(most.ok && [most.period.label, most.period.source]).toEqual(["2023", "template"]);
    const tie = reportPeriod({ ...request, fromTemplates: ["2022", "2023"] });
    expect(tie.ok && tie.period.label).toBe("2023");
    const given = reportPeriod({ ...request, given: "2022", fromTemplates: ["2023"] });
    expect(given.ok && [given.period.label, given.period.source]).toEqual(["2022", "given"]);
  });

  it("by default: the last whole year before today, moved into the plan's years", () => {
    const label = (today: string, planPeriod: typeof plan | null) => {
      const result = reportPeriod({ planPeriod, today, fromTemplates: [] });
      return result.ok && [result.period.label, result.period.source];
    };
    expect(label("2026-01-20", null)).toEqual(["2025", "default"]);
    expect(label("2023-02-01", plan)).toEqual(["2022", "default"]);
    expect(label("2026-02-01", plan)).toEqual(["2023", "default"]);
    expect(label("2021-02-01", plan)).toEqual(["2022", "default"]);
  });
});

describe("a template's period", () => {
  const meta = {
    version: 1,
    planHash: "00ff",
    planFile: "plan.xlsx",
    executorId: "a",
    executorName: "Відділ освіти",
    language: "uk",
  };
  const read = (rows: string[][]) => readTemplateMeta({ sheets: [sheet(TEMPLATE_META_SHEET, rows)] });

  it("is written and read back when the template has one", () => {
    expect(read(templateMetaRows({ ...meta, period: "2025" }))?.period).toBe("2025");
  });

  it("is absent from templates without one (and from those of earlier versions)", () => {
    const rows = templateMetaRows(meta);
    expect(rows.some((row) => row[0] === "period")).toBe(false);
    expect(read(rows)).toEqual(meta);
  });
});
