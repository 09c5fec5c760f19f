import type { Consolidation } from "../Consolidation";

/** The counts of a consolidation, computed once for every host (CLI summary, pane preview, reports). */
export type ConsolidationTotals = {
  /** Returns read and counted: neither unreadable nor a repeat of another's content. */
  readonly files: number;
  readonly measures: number;
  /** Reports matched to a plan measure. */
  readonly reports: number;
  readonly measuresWithReports: number;
  /** Executor–measure pairs the plan names. */
  readonly expectedPairs: number;
  /** Executor–measure pairs named in the plan and not reported. */
  readonly missingPairs: number;
  /** Executor–measure pairs reported although the measure does not name the executor. */
  readonly unexpectedPairs: number;
  /** Return rows that match no measure. */
  readonly unmatched: number;
  readonly conflicts: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
};

export function consolidationTotals(result: Consolidation): ConsolidationTotals {
  let reports = 0;
  let measuresWithReports = 0;
  let expectedPairs = 0;
  let missingPairs = 0;
  let unexpectedPairs = 0;
  for (const m of result.measures) {
    reports += m.reports.length;
    if (m.reports.length > 0) measuresWithReports += 1;
    expectedPairs += m.expected.length;
    missingPairs += m.missing.length;
    unexpectedPairs += m.unexpected.length;
  }
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const p of result.problems) bySeverity[p.severity] += 1;
  return {
    files: result.files.filter((f) => f.identifiedBy !== "unreadable" && f.identifiedBy !== "duplicate")
      .length,
    measures: result.measures.length,
    reports,
    measuresWithReports,
    expectedPairs,
    missingPairs,
    unexpectedPairs,
    unmatched: result.unmatched.length,
    conflicts: result.conflicts.length,
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    info: bySeverity.info,
  };
}

/** Conflicts per executor id, counted once over the consolidation's conflicts. */
export function conflictsByExecutor(result: Consolidation): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const c of result.conflicts) {
    if (c.executor !== null) counts.set(c.executor, (counts.get(c.executor) ?? 0) + 1);
  }
  return counts;
}
