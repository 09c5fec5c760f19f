import { readFileSync } from "node:fs";
import { consolidate } from "../../../../src/engine/consolidate/consolidate";
import {
  buildImplementationReport,
  COUNTED_STATUSES,
  type ImplementationReport,
  type MeasuresSection,
  type ReportPeriod,
  type SummarySection,
} from "../../../../src/engine/consolidate/report";
import { expectedRoster, submissionSet } from "../submissionFixtures";
import { expectedCounts, expectedStatus } from "./expectedStatuses";

const year = (y: number): ReportPeriod => ({
  label: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  year: y,
  source: "given",
});

function reportOf(id: "000" | "003", period: ReportPeriod) {
  const set = submissionSet(id);
  const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) });
  return { set, report: buildImplementationReport(set.plan, result, { period }) };
}

const summary = (report: ImplementationReport) =>
  report.sections.find((s): s is SummarySection => s.kind === "summary")!;
const measures = (report: ImplementationReport) =>
  report.sections.find((s): s is MeasuresSection => s.kind === "measures")!;

describe.each(["000", "003"] as const)("the report for the head of plan %s", (id) => {
  const period = year(id === "000" ? 2022 : 2024);
  const { set, report } = reportOf(id, period);
  const entries = measures(report).groups.flatMap((g) => g.measures);

  it("is in the plan's language, for the period given", () => {
    expect(report.language).toBe(id === "000" ? "uk" : "bg");
    expect(report.period).toEqual(period);
    expect(report.sections.map((s) => s.kind)).toEqual(["summary", "measures"]);
  });

  it("lists every measure once, in plan order", () => {
    expect(entries.map((e) => [e.sheet, e.row])).toEqual(set.expected.measures.map((m) => [m.sheet, m.row]));
  });

  it("counts the measures by status as the expected consolidation gives them, with their shares", () => {
    const { counts } = summary(report);
    expect(counts.total).toBe(set.expected.measures.length);
    expect(counts.counts).toEqual(expectedCounts(set.expected));
    for (const status of COUNTED_STATUSES)
      expect(counts.shares[status]).toBeCloseTo(counts.counts[status] / counts.total, 10);
    expect(entries.map((e) => e.counted)).toEqual(set.expected.measures.map(expectedStatus));
  });

  it("counts per goal add up to the plan's, goal by goal in plan order", () => {
    const goals = summary(report).goals;
    expect(goals.length).toBe(measures(report).groups.length);
    for (const status of COUNTED_STATUSES)
      expect(goals.reduce((n, g) => n + g.counts.counts[status], 0)).toBe(
        summary(report).counts.counts[status],
      );
    expect(goals.map((g) => g.counts.total)).toEqual(measures(report).groups.map((g) => g.measures.length));
  });

  it("names the executor that sent nothing, with the number of its measures", () => {
    const silent = set.expected.roster.filter((a) => a.file === null || !a.file);
    expect(summary(report).silent.map((e) => [e.name, e.expected, e.returnedFile])).toEqual(
      silent.map((a) => [a.name, a.expected_measures.length, false]),
    );
  });

  it("gives every report text whole, prefixed by its executor's name, in the roster's order", () => {
    const names = new Map(set.expected.roster.map((a) => [a.agency, a.name]));
    const order = set.expected.roster.map((a) => a.agency);
    for (const [i, m] of set.expected.measures.entries()) {
      const entry = entries[i]!;
      const sent = [...m.reports]
        .sort((a, b) => order.indexOf(a.agency) - order.indexOf(b.agency))
        .filter((r) => r.report_text.trim() !== "");
      const pairs = entry.texts.flatMap((t) => t.executors.map((name) => [name, t.text]));
      for (const r of sent) expect(pairs).toContainEqual([names.get(r.agency), r.report_text.trim()]);
      // identical texts once
      expect(new Set(entry.texts.map((t) => `${t.text}\u0000${t.reasons}`)).size).toBe(entry.texts.length);
    }
  });

  it("names the executors that did not report on each measure", () => {
    const names = new Map(set.expected.roster.map((a) => [a.agency, a.name]));
    expect(entries.map((e) => e.missing)).toEqual(
      set.expected.measures.map((m) => m.missing_agencies.map((a) => names.get(a))),
    );
  });
});

describe("overdue measures", () => {
  it("none in plan 000's first year: every deadline runs on to 2023 or is continuous", () => {
    const { report } = reportOf("000", year(2022));
    expect(summary(report).counts.overdue).toBe(0);
  });

  it("in plan 000's last year, every measure due by 2023 that is not done", () => {
    const { set, report } = reportOf("000", year(2023));
    const entries = measures(report).groups.flatMap((g) => g.measures);
    const truth = JSON.parse(readFileSync(set.planFile.replace(/\.xlsx$/, ".truth.json"), "utf8")) as {
      measures: { row: number; fields: { deadline: { normalized: { end: string | null } | null } } }[];
    };
    const due = new Map(truth.measures.map((m) => [m.row, m.fields.deadline.normalized?.end ?? null]));
    const overdue = set.expected.measures
      .filter((m) => {
        const end = due.get(m.row) ?? null;
        const status = expectedStatus(m);
        return end !== null && end <= "2023-12-31" && status !== "done" && status !== "not_applicable";
      })
      .map((m) => m.row);
    expect(overdue.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.overdue).map((e) => e.row)).toEqual(overdue);
    expect(summary(report).counts.overdue).toBe(overdue.length);
  });

  it("plan 003 in 2025: the two 2024–2025 measures of priority 5 that report no status", () => {
    const { report } = reportOf("003", year(2025));
    const entries = measures(report).groups.flatMap((g) => g.measures);
    expect(entries.filter((e) => e.overdue).map((e) => [e.sheet, e.number, e.deadline])).toEqual([
      ["Приоритет 5 - Върховенство", "3.1", "2024- 2025 г."],
      ["Приоритет 5 - Върховенство", "3.2", "2024- 2025 г."],
    ]);
  });
});

describe("plan 003's columns", () => {
  const { report } = reportOf("003", year(2024));
  const section = measures(report);

  it("has indicators, current (baseline) and target values, no financing amounts but a financing source", () => {
    expect(section.columns).toEqual({
      indicator: true,
      baseline: true,
      target: true,
      achieved: true,
      financing: true,
    });
  });

  it("groups by priority sheet and goal, the block without a goal kept apart", () => {
    const parts = [...new Set(section.groups.map((g) => g.part))];
    expect(parts).toEqual([
      "Приоритет 1 - Образование",
      "Приоритет 2 - Здравеопазване",
      "Приоритет 3 - Заетост",
      "Приоритет 4 - Жилищни условия",
      "Приоритет 5 - Върховенство",
      "Приоритет 6 - Култура",
    ]);
    const p5 = section.groups.filter((g) => g.part === "Приоритет 5 - Върховенство");
    expect(p5.map((g) => g.goal?.slice(0, 6))).toEqual(["Цел 1.", "Цел 2.", "Цел 3.", "Цел 4.", "По при"]);
  });

  it("gives the values a measure's sub-rows report beside its own (РУО, measure 1.1)", () => {
    const first = section.groups[0]!.measures[0]!;
    expect(first.achieved).toHaveLength(1);
    expect(first.achieved[0]!.executor).toBe("РУО-Русе");
    expect(first.achieved[0]!.parts.length).toBeGreaterThan(0);
  });
});
