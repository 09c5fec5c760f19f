import type { Measure } from "../../plan/Plan";
import type { AggregateStatus } from "../Consolidation";
import type { Period } from "./Period";

/**
 * A measure is overdue in a period when its deadline ends by the end of the period and it is not done (nor
 * reported not applicable). Continuous, recurring, open-ended and unreadable deadlines are never overdue.
 */
export function isOverdue(measure: Measure, status: AggregateStatus, period: Period): boolean {
  const end = measure.deadline?.end ?? null;
  return end !== null && end <= period.end && status !== "done" && status !== "not_applicable";
}
