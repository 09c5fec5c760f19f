import type { AggregateStatus } from "../Consolidation";
import { COUNTED_STATUSES, type CountedStatus, type StatusCounts } from "./ImplementationReport";

/** What a measure with this aggregate status is counted as: reports without a usable status are "no_status". */
export function countedStatus(status: AggregateStatus): CountedStatus {
  return status ?? "no_status";
}

/** Measures by counted status, their shares of the total, and how many are overdue. */
export function statusCounts(
  measures: readonly { readonly counted: CountedStatus; readonly overdue: boolean }[],
): StatusCounts {
  const counts = Object.fromEntries(COUNTED_STATUSES.map((s) => [s, 0])) as Record<CountedStatus, number>;
  let overdue = 0;
  for (const m of measures) {
    counts[m.counted] += 1;
    if (m.overdue) overdue += 1;
  }
  const total = measures.length;
  const shares = Object.fromEntries(
    COUNTED_STATUSES.map((s) => [s, total === 0 ? null : counts[s] / total]),
  ) as Record<CountedStatus, number | null>;
  return { total, counts, shares, overdue };
}
