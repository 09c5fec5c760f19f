import {
  conflictsByExecutor,
  consolidationTotals,
  type AggregateStatus,
  type Consolidation,
} from "../../../engine";
import { executorNames, measureLabel, sourceLabel } from "../../../report";
import { conflictsOf, type ConflictPreview } from "./conflictsOf";

export type PreviewTotals = {
  /** Reports matched to a plan measure. */
  readonly matched: number;
  /** Executor–measure pairs reported although the measure does not name the executor. */
  readonly unexpected: number;
  readonly conflicts: number;
  /** Return rows that match no measure. */
  readonly unmatched: number;
  /** Executor–measure pairs named in the plan and not reported. */
  readonly missing: number;
};

export type ExecutorPreview = {
  readonly id: string;
  readonly name: string;
  readonly expected: number;
  readonly reported: number;
  readonly missing: number;
  readonly unexpected: number;
  readonly conflicts: number;
  readonly files: readonly string[];
};

export type MeasurePreview = {
  readonly key: string;
  readonly label: string;
  readonly status: AggregateStatus;
  readonly reported: readonly string[];
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
  readonly conflict: boolean;
  /** What disagrees, with the values: empty when nothing does. */
  readonly conflicts: readonly ConflictPreview[];
};

export type Preview = {
  readonly totals: PreviewTotals;
  readonly executors: readonly ExecutorPreview[];
  readonly measures: readonly MeasurePreview[];
  readonly unmatched: readonly { readonly key: string; readonly source: string; readonly text: string }[];
};

/**
 * What the import would write, before anything is written: matched, new (reported but not named),
 * conflicting, unmatched and missing — in total, per executor (those expected to report or reporting) and
 * per measure (executors by name).
 */
export function previewOf(result: Consolidation): Preview {
  const name = executorNames(result);
  const names = (ids: readonly string[]): string[] => ids.map(name);
  const counted = consolidationTotals(result);
  const conflicts = conflictsByExecutor(result);
  return {
    totals: {
      matched: counted.reports,
      unexpected: counted.unexpectedPairs,
      conflicts: counted.conflicts,
      unmatched: counted.unmatched,
      missing: counted.missingPairs,
    },
    executors: result.executors
      .filter((e) => e.expected > 0 || e.unexpected > 0 || e.files.length > 0)
      .map((e) => ({ ...e, conflicts: conflicts.get(e.id) ?? 0 })),
    measures: result.measures.map((m, i) => ({
      key: `${m.measure.sheet}\u0001${m.measure.rowIndex}\u0001${i}`,
      label: measurePreviewLabel(m.measure),
      status: m.status,
      reported: names(m.reported),
      missing: names(m.missing),
      unexpected: names(m.unexpected),
      conflict: m.conflict,
      conflicts: m.conflict ? conflictsOf(result, m) : [],
    })),
    unmatched: result.unmatched.map((row, i) => ({
      key: `${i}`,
      source: sourceLabel(row),
      text: row.key === null ? row.text : `${row.key} ${row.text}`,
    })),
  };
}

/** "15/2 · 2) проведення …": the key the plan gives the measure (task/measure) and the start of its text. */
function measurePreviewLabel(measure: Consolidation["measures"][number]["measure"]): string {
  const label = measureLabel(measure, 90);
  return measure.key === null || label.startsWith(measure.key) ? label : `${measure.key} · ${label}`;
}
