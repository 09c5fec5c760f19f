import { COUNTED_STATUSES, type CountedStatus } from "../../../../src/engine/consolidate/report";
import { contractStatus, type ExpectedConsolidation, type ExpectedMeasure } from "../submissionFixtures";

/**
 * A measure's status as the contract's rule gives it from the expected consolidation's reports: no report →
 * not reported; no usable status → no status; all applicable done and nobody missing → done; all not done →
 * not done; all n/a → n/a; else in progress.
 */
export function expectedStatus(m: ExpectedMeasure): CountedStatus {
  if (m.reports.length === 0) return "not_reported";
  const statuses = m.reports.map((r) => contractStatus(r.status)).filter((s): s is string => s !== null);
  if (statuses.length === 0) return "no_status";
  const applicable = statuses.filter((s) => s !== "not_applicable");
  if (applicable.length === 0) return "not_applicable";
  if (applicable.every((s) => s === "done")) return m.missing_agencies.length === 0 ? "done" : "in_progress";
  if (applicable.every((s) => s === "not_done")) return "not_done";
  return "in_progress";
}

/** The expected consolidation's measures counted by {@link expectedStatus}. */
export function expectedCounts(expected: ExpectedConsolidation): Record<CountedStatus, number> {
  const counts = Object.fromEntries(COUNTED_STATUSES.map((s) => [s, 0])) as Record<CountedStatus, number>;
  for (const m of expected.measures) counts[expectedStatus(m)] += 1;
  return counts;
}
