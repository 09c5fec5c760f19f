import type { Consolidation } from "../../engine/consolidate/Consolidation";

export type ConsolidationSummary = {
  readonly files: number;
  readonly measures: number;
  readonly reports: number;
  readonly measuresWithReports: number;
  readonly expectedPairs: number;
  readonly missingPairs: number;
  readonly unmatched: number;
  readonly conflicts: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
};

/** Counts of a consolidation, as the JSON summary and the human report show them. */
export function consolidationSummary(result: Consolidation): ConsolidationSummary {
  const severity = (level: string): number => result.problems.filter((p) => p.severity === level).length;
  return {
    files: result.files.length,
    measures: result.measures.length,
    reports: result.measures.reduce((n, m) => n + m.reports.length, 0),
    measuresWithReports: result.measures.filter((m) => m.reports.length > 0).length,
    expectedPairs: result.measures.reduce((n, m) => n + m.expected.length, 0),
    missingPairs: result.measures.reduce((n, m) => n + m.missing.length, 0),
    unmatched: result.unmatched.length,
    conflicts: result.conflicts.length,
    errors: severity("error"),
    warnings: severity("warning"),
    info: severity("info"),
  };
}
