import type { Consolidation } from "../../../src/engine/consolidate";
import {
  byMeasureId,
  contractStatus,
  type ExpectedConsolidation,
} from "../../engine/consolidate/submissionFixtures";

// What a return variant's consolidation got wrong, one line each, naming the measure, file and row.

const source = (r: { file: string; sheet: string; row: number }): string => `${r.file}|${r.sheet}|${r.row}`;

/** Reports: the same rows, each with its match, status, value, text and sub-rows. */
export function reportFindings(expected: ExpectedConsolidation, result: Consolidation): string[] {
  return expected.measures.flatMap((want) => {
    const ours = result.measures.find(
      (m) => m.measure.sheet === want.sheet && m.measure.rowIndex + 1 === want.row,
    );
    if (ours === undefined) return [`${want.measure_id} not in the consolidation`];
    const found: string[] = [];
    const agencies = {
      expected: [ours.expected, want.expected_agencies],
      reported: [ours.reported, want.reported_agencies],
      missing: [ours.missing, want.missing_agencies],
      unexpected: [ours.unexpected, want.unexpected_agencies],
    };
    for (const [what, [got, wanted]] of Object.entries(agencies))
      if (JSON.stringify(got) !== JSON.stringify(wanted))
        found.push(
          `${want.measure_id}: ${what} executors ${JSON.stringify(got)}, expected ${JSON.stringify(wanted)}`,
        );
    for (const report of want.reports) {
      const got = ours.reports.find((r) => source(r) === source(report));
      const where = `${want.measure_id} report of ${report.agency} (${report.file} row ${report.row})`;
      if (got === undefined) {
        found.push(`${where} missing`);
        continue;
      }
      const pairs: [string, unknown, unknown][] = [
        ["executor", got.executor, report.agency],
        ["match", got.match, report.match],
        ["status", got.status, contractStatus(report.status)],
        ["raw status", got.statusRaw, report.status_raw],
        ["value", got.value, report.value_number],
        ["raw value", got.valueRaw, report.value_raw],
        ["text", got.text, report.report_text],
        [
          "sub-rows",
          got.subRows.map((s) => [s.row, s.value]),
          (report.sub_rows ?? []).map((s) => [s.row, s.value_number]),
        ],
      ];
      for (const [what, a, b] of pairs)
        if (JSON.stringify(a) !== JSON.stringify(b))
          found.push(
            `${where}: ${what} ${JSON.stringify(a)}, expected ${JSON.stringify(b)} (raw status ${JSON.stringify(report.status_raw)}, raw value ${JSON.stringify(report.value_raw)})`,
          );
    }
    const extra = ours.reports.filter((r) => !want.reports.some((w) => source(w) === source(r)));
    for (const r of extra) found.push(`${want.measure_id}: unexpected report from ${source(r)}`);
    return found;
  });
}

/** Unmatched rows, conflicts and warnings exactly as expected. */
export function problemFindings(expected: ExpectedConsolidation, result: Consolidation): string[] {
  const diff = (what: string, got: string[], wanted: string[]): string[] => [
    ...got.filter((g) => !wanted.includes(g)).map((g) => `unexpected ${what}: ${g}`),
    ...wanted.filter((w) => !got.includes(w)).map((w) => `missing ${what}: ${w}`),
  ];
  const warnings = (
    [
      ["formula_like_text", "formula-like-text"],
      ["number_as_text", "number-as-text"],
      ["status_blank", "status-blank"],
      ["text_changed", "text-changed"],
    ] as const
  ).flatMap(([type, code]) =>
    diff(
      `${code} warning`,
      result.problems.filter((p) => p.code === code).map((p) => `${p.executor}|${p.file}|${p.row}`),
      expected.warnings.filter((w) => w.type === type).map((w) => `${w.agency}|${w.file}|${w.row}`),
    ),
  );
  return [
    ...diff(
      "unmatched row",
      result.unmatched.map((u) => `${u.executor}|${u.file}|${u.sheet}|${u.row}|${u.reason}`),
      expected.unmatched_rows.map((u) => `${u.agency}|${u.file}|${u.sheet}|${u.row}|${u.reason}`),
    ),
    ...diff(
      "conflict",
      result.conflicts.map(
        (c) =>
          `${c.executor}|${c.measure.sheet}!${c.measure.rowIndex + 1}|${c.rows.map((r) => r.row).join(",")}`,
      ),
      expected.conflicts.map((c) => {
        const m = byMeasureId(expected, c.measure_id);
        return `${c.agency}|${m.sheet}!${m.row}|${c.rows.map((r) => r.row).join(",")}`;
      }),
    ),
    ...warnings,
    ...diff(
      "file attribution",
      result.files.map((f) => `${f.file}→${f.executor}(${f.identifiedBy})`),
      expected.roster.filter((a) => a.file !== null).map((a) => `${a.file}→${a.agency}(roster)`),
    ),
  ];
}
