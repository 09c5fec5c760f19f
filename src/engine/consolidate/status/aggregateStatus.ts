import type { AggregateStatus, Report } from "../Consolidation";

/** See {@link AggregateStatus}: one status for a measure from all of its reports. */
export function aggregateStatus(reports: readonly Report[], missing: number): AggregateStatus {
  if (reports.length === 0) return "not_reported";
  const statuses = reports.map((r) => r.status).filter((s) => s !== null);
  if (statuses.length === 0) return null;
  const applicable = statuses.filter((s) => s !== "not_applicable");
  if (applicable.length === 0) return "not_applicable";
  if (applicable.every((s) => s === "done")) return missing === 0 ? "done" : "in_progress";
  if (applicable.every((s) => s === "not_done")) return "not_done";
  return "in_progress";
}
