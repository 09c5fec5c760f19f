import type { Measure } from "../../plan/Plan";
import type { AggregateStatus, MeasureResult } from "../Consolidation";
import type { IndicatorBounds } from "./indicatorBounds";
import type { Period } from "./Period";

/** One measure across the periods of the history, as of the period consolidated. */
export type MeasureProgress = {
  readonly result: MeasureResult;
  /** Per period of {@link Progress.periods}: its status, or undefined when that period has no record of it. */
  readonly statuses: readonly (AggregateStatus | undefined)[];
  /** Per period: its indicator value (see measureValue), null when none. */
  readonly values: readonly (number | null)[];
  /** The first period (up to the one consolidated) in which it was reported done, or null. */
  readonly firstDone: Period | null;
  /** Due by the end of the period consolidated and not done (see isOverdue). */
  readonly overdue: boolean;
  /** Done in the period consolidated, and not done in the period before that has a record of it. */
  readonly movedToDone: boolean;
  /** The value in the period consolidated, and its change from the latest earlier period with a value. */
  readonly value: number | null;
  readonly change: number | null;
  readonly bounds: IndicatorBounds;
  /** Of the value in the period consolidated (see achievement). */
  readonly achievement: number | null;
};

/** A measure whose indicator has a numeric target that its latest value does not reach. */
export type ShortOfTarget = {
  readonly measure: Measure;
  /** The latest value reported, or null when none ever was. */
  readonly value: number | null;
  readonly target: number;
  readonly achievement: number | null;
};

/** An executor named in the plan that reported on none of its measures in any period. */
export type NeverReported = { readonly id: string; readonly name: string; readonly expected: number };

/** The plan-level evaluation of the plan's last period. */
export type PlanEvaluation = {
  /** Measures reported done in no period (those reported not applicable left out). */
  readonly neverDone: readonly Measure[];
  readonly shortOfTarget: readonly ShortOfTarget[];
  readonly neverReported: readonly NeverReported[];
};

export type Progress = {
  /** Every period of the history, chronological. */
  readonly periods: readonly Period[];
  /** The period consolidated: its index in `periods`. */
  readonly current: number;
  /** Per measure of the consolidation, in its order. */
  readonly measures: readonly MeasureProgress[];
  /** Counts over the measures: moved to done in this period, overdue. */
  readonly movedToDone: number;
  readonly overdue: number;
  /** In the plan's last period (or later), the evaluation of the whole plan; else null. */
  readonly evaluation: PlanEvaluation | null;
};
