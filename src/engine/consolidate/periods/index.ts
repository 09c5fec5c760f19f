// Periods: a consolidation belongs to a period; the history of periods and each measure's progress across them.
export {
  choosePeriod,
  comparePeriods,
  isPlanEnd,
  readPeriod,
  samePeriod,
  yearPeriod,
  type ChosenPeriod,
  type Period,
  type PeriodChoice,
  type PeriodSource,
} from "./Period";
export {
  EMPTY_HISTORY,
  type ExecutorRecord,
  type History,
  type MeasureRecord,
  type PeriodRecord,
} from "./History";
export { measureValue } from "./measureValue";
export { periodRecord } from "./periodRecord";
export { withPeriod } from "./withPeriod";
export { isOverdue } from "./isOverdue";
export { achievement, indicatorBounds, type IndicatorBounds } from "./indicatorBounds";
export type { MeasureProgress, NeverReported, PlanEvaluation, Progress, ShortOfTarget } from "./Progress";
export { progressOf, type ProgressContext } from "./progressOf";
export { trackPeriod, type TrackInput } from "./trackPeriod";
