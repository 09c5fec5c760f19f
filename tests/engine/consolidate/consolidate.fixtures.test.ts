import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { Consolidation, MeasureResult } from "../../../src/engine/consolidate/Consolidation";
import {
  contractStatus,
  byMeasureId,
  expectedRoster,
  submissionSet,
  type ExpectedMeasure,
} from "./submissionFixtures";

const SETS = ["000", "003"] as const;

/** Our result for an expected measure, found by the plan sheet and row the truth gives. */
function resultFor(result: Consolidation, expected: ExpectedMeasure): MeasureResult {
  const found = result.measures.find(
    (m) => m.measure.sheet === expected.sheet && m.measure.rowIndex + 1 === expected.row,
  );
  if (found === undefined) throw new Error(`measure ${expected.measure_id} not found`);
  return found;
}

describe.each(SETS)("consolidation of the %s returns, given the roster", (id) => {
  const set = submissionSet(id);
  const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected) });

  it("finds every plan measure once", () => {
    expect(result.measures).toHaveLength(set.expected.measures.length);
  });

  it.each(set.expected.measures.map((m) => [m.measure_id, m] as const))(
    "%s: expected, reported, missing and unexpected executors",
    (_id, expected) => {
      const ours = resultFor(result, expected);
      expect({
        expected: ours.expected,
        reported: ours.reported,
        missing: ours.missing,
        unexpected: ours.unexpected,
      }).toEqual({
        expected: expected.expected_agencies,
        reported: expected.reported_agencies,
        missing: expected.missing_agencies,
        unexpected: expected.unexpected_agencies,
      });
    },
  );

  it.each(set.expected.measures.filter((m) => m.reports.length > 0).map((m) => [m.measure_id, m] as const))(
    "%s: every report with its source, match, status, value and text",
    (_id, expected) => {
      const ours = resultFor(result, expected);
      const key = (r: { file: string; sheet: string; row: number }): string =>
        `${r.file}|${r.sheet}|${r.row}`;
      const actual = [...ours.reports].sort((a, b) => key(a).localeCompare(key(b)));
      const wanted = [...expected.reports].sort((a, b) => key(a).localeCompare(key(b)));
      expect(
        actual.map((r) => ({
          executor: r.executor,
          source: key(r),
          match: r.match,
          statusRaw: r.statusRaw,
          status: r.status,
          valueRaw: r.valueRaw,
          value: r.value,
          text: r.text,
          subRows: r.subRows.map((s) => ({ row: s.row, value: s.value })),
        })),
      ).toEqual(
        wanted.map((r) => ({
          executor: r.agency,
          source: key(r),
          match: r.match,
          statusRaw: r.status_raw,
          status: contractStatus(r.status),
          valueRaw: r.value_raw,
          value: r.value_number,
          text: r.report_text,
          subRows: (r.sub_rows ?? []).map((s) => ({ row: s.row, value: s.value_number })),
        })),
      );
    },
  );

  it("lists exactly the unmatched rows, with their reason and executor", () => {
    const sort = (a: string, b: string): number => a.localeCompare(b);
    expect(
      result.unmatched.map((u) => `${u.executor}|${u.file}|${u.sheet}|${u.row}|${u.reason}`).sort(sort),
    ).toEqual(
      set.expected.unmatched_rows
        .map((u) => `${u.agency}|${u.file}|${u.sheet}|${u.row}|${u.reason}`)
        .sort(sort),
    );
  });

  it("lists exactly the conflicts: same executor, same measure, differing values", () => {
    expect(
      result.conflicts.map((c) => ({
        executor: c.executor,
        sheet: c.measure.sheet,
        row: c.measure.rowIndex + 1,
        rows: c.rows.map((r) => r.row),
      })),
    ).toEqual(
      set.expected.conflicts.map((c) => ({
        executor: c.agency,
        ...byMeasureId(set.expected, c.measure_id),
        rows: c.rows.map((r) => r.row),
      })),
    );
  });

  it.each([
    ["formula_like_text", "formula-like-text"],
    ["number_as_text", "number-as-text"],
    ["status_blank", "status-blank"],
    ["text_changed", "text-changed"],
  ] as const)("warns %s on exactly the expected rows", (type, code) => {
    const ours = result.problems
      .filter((p) => p.code === code)
      .map((p) => `${p.executor}|${p.file}|${p.row}`);
    const wanted = set.expected.warnings
      .filter((w) => w.type === type)
      .map((w) => `${w.agency}|${w.file}|${w.row}`);
    expect(ours.sort()).toEqual(wanted.sort());
  });

  it("warns about reports on measures where the executor is not named", () => {
    const ours = result.problems
      .filter((p) => p.code === "reported-not-expected")
      .map((p) => ({ executor: p.executor, sheet: p.measure?.sheet, row: p.measure?.row }));
    const wanted = set.expected.warnings
      .filter((w) => w.type === "reported_not_expected")
      .map((w) => ({ executor: w.agency, ...byMeasureId(set.expected, w.measure_id) }));
    expect(ours).toEqual(wanted);
  });

  it("takes each file's executor from the roster's file column", () => {
    const files = set.expected.roster.filter((a) => a.file !== null);
    expect(result.files.map((f) => [f.file, f.executor, f.identifiedBy])).toEqual(
      result.files.map((f) => [f.file, files.find((a) => a.file === f.file)?.agency, "roster"]),
    );
    expect(result.files).toHaveLength(files.length);
  });
});
