// Consolidation of executors' returns: the public surface hosts (CLI, task pane) import from.
export type {
  AggregateStatus,
  Conflict,
  Consolidation,
  ExecutorSummary,
  FileResult,
  IdentifiedBy,
  MeasureResult,
  Report,
  Source,
  SubReport,
  UnmatchedRow,
} from "./Consolidation";
export { consolidate } from "./consolidate";
export { Consolidator, type AddOptions, type ConsolidateOptions } from "./Consolidator";
export { prepareReturn, type PreparedReturn, type UnreadableReturn } from "./returns";
export { deriveRoster } from "./roster";
export { ExecutorMatcher } from "./identify";
export { SIMILARITY_THRESHOLD, type RowMatch, type UnmatchedReason } from "./match";
export { jaccard, measureWords, type MeasureWords } from "./match";
export { parseCsv } from "./roster";
export { baseName, parseRosterCsv, type RosterCsvResult, type RosterProblem } from "./roster";
export { parseStatus } from "../parse/parseStatus";
export { planHash, readReissue, REISSUE_KEY, reissueRow } from "./template";
export { planLanguage } from "./template";
export {
  makeProblem,
  PROBLEM_CODES,
  PROBLEM_SEVERITY,
  type AnyProblem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "./problems";
export { isFormulaLike, readValue, type ValueReading } from "./returns";
export { REPORT_STATUSES, type ParsedStatus, type ReportStatus } from "../parse/ReportStatus";
export { REPORT_ROLES, type ReportRole, type ReturnFile } from "./returns";
export type { ExecutorEntry, Roster } from "./roster";
export { STATUS_CHOICES, STATUS_STEMS } from "../parse/statusWords";
export {
  measureId,
  parseMeasureId,
  readTemplateMeta,
  TEMPLATE_ID_HEADER,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  templateMetaRows,
  type TemplateMeta,
} from "./template";
export { slug, transliterate } from "./names";
export { conflictsByExecutor, consolidationTotals, type ConsolidationTotals } from "./summary";
export { measureWordsCache } from "./match";
export {
  achievement,
  choosePeriod,
  comparePeriods,
  EMPTY_HISTORY,
  indicatorBounds,
  isOverdue,
  isPlanEnd,
  measureValue,
  periodRecord,
  progressOf,
  readPeriod,
  samePeriod,
  trackPeriod,
  withPeriod,
  yearPeriod,
  type ChosenPeriod,
  type ExecutorRecord,
  type History,
  type IndicatorBounds,
  type MeasureProgress,
  type MeasureRecord,
  type NeverReported,
  type Period,
  type PeriodChoice,
  type PeriodRecord,
  type PeriodSource,
  type PlanEvaluation,
  type Progress,
  type ProgressContext,
  type ShortOfTarget,
  type TrackInput,
} from "./periods";
export {
  executorRequests,
  type ExecutorRequest,
  type RequestItem,
  type RequestKind,
  type RequestMeasure,
} from "./requests";
export type { ReturnPlace } from "./problems";
export {
  COUNTED_STATUSES,
  buildImplementationReport,
  type AchievedValue,
  type CountedStatus,
  type FinancingTotal,
  type GoalSummary,
  type GroupHeading,
  type ImplementationReport,
  type MeasureColumns,
  type MeasureEntry,
  type MeasureFinancing,
  type MeasureGroup,
  type MeasuresSection,
  type PartialExecutor,
  type ReportOptions,
  type ReportPeriod,
  type ReportSection,
  type ReportText,
  type SilentExecutor,
  type StatusCounts,
  type SummarySection,
  type EvaluationSection,
  type ProgressSection,
  type ProgressEntry,
  type MeasureName,
} from "./report";
