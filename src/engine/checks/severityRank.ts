import type { Severity } from "./IssueCode";

/**
 * Severities, most severe first: the one order in which findings are sorted and capped, a cell's mark takes
 * its colour and its notes are listed, and the pane lists its filters.
 */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** 0 for an error, 1 for a warning, 2 for a note: compare two findings with `severityRank(a) - severityRank(b)`. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.includes(value as Severity);
}
