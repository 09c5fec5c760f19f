// Report for the head: the implementation report of one period, as plain data built from a consolidation.
export type {
  AchievedValue,
  CountedStatus,
  EvaluationSection,
  FinancingTotal,
  GoalSummary,
  GroupHeading,
  ImplementationReport,
  MeasureColumns,
  MeasureEntry,
  MeasureFinancing,
  MeasureGroup,
  MeasureName,
  MeasuresSection,
  PartialExecutor,
  ProgressEntry,
  ProgressSection,
  ReportPeriod,
  ReportSection,
  ReportText,
  SilentExecutor,
  StatusCounts,
  SummarySection,
} from "./ImplementationReport";
export { COUNTED_STATUSES } from "./ImplementationReport";
export { buildImplementationReport, type ReportOptions } from "./buildImplementationReport";
