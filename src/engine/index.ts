// The engine's public surface: hosts (CLI, task pane, Excel adapter) import from here.
export type { CellValue } from "./grid/CellValue";
export type { CellRange, SheetGrid, WorkbookGrid } from "./grid/SheetGrid";
export {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCellAddress,
  qualifiedAddress,
  rangeAddress,
} from "./grid/address";
export {
  MAX_SHEET_NAME,
  sheetNameKey,
  sheetNameProblem,
  uniqueSheetName,
  uniqueSheetNames,
} from "./grid/sheetNames";
export type { FieldRole, CheckableField } from "./table/FieldRole";
export { CHECKABLE_FIELDS, FIELD_ROLES } from "./table/FieldRole";
export type { ColumnRoles, HeaderBlock } from "./table/TableColumns";
export type { FieldCell, Heading, Measure, Plan, PlanPeriod, PlanSheet, SubRow, TaskRef } from "./plan/Plan";
export { parsePlan, type ParsePlanOptions } from "./plan/parsePlan";
export { explainColumns, type ColumnExplanation } from "./plan/explainColumns";
export type { ColumnCandidate, ColumnChoice, ContentKind, Evidence } from "./table/ColumnChoice";
export type { TableLayout } from "./table/TableColumns";
export type { AnyIssue, Issue, IssueLocation } from "./checks/Issue";
export {
  DEFAULT_SEVERITY,
  ISSUE_CODES,
  type IssueCode,
  type IssueParams,
  type Severity,
} from "./checks/IssueCode";
export { validatePlan, type ValidationResult, type ValidationStatus } from "./checks/validatePlan";
export { isSeverity, SEVERITIES, severityRank } from "./checks/severityRank";
export {
  MARK_COLOURS,
  markCells,
  marksBySheet,
  MAX_NOTE_LENGTH,
  type CellMark,
  type MarkedCell,
} from "./marks";
export {
  DEFAULT_SETTINGS,
  parseSettings,
  SettingsSchema,
  type Settings,
  type SettingsInput,
  type SettingsProblem,
} from "./settings/Settings";
export { columnOverrides, validateWorkbook } from "./validateWorkbook";
export { fitCellText, MAX_CELL_TEXT } from "./text/fitCellText";
export {
  parseDeadline,
  type Deadline,
  type DeadlineKind,
  type DeadlineRecurrence,
} from "./parse/parseDeadline";
export { parseExecutors, type Executor } from "./parse/parseExecutors";
export { executorKey } from "./parse/executorKey";
export { parseNumber, type ParsedNumber } from "./parse/parseNumber";
export {
  Consolidator,
  baseName,
  conflictsByExecutor,
  consolidationTotals,
  deriveRoster,
  ExecutorMatcher,
  measureId,
  measureWordsCache,
  parseRosterCsv,
  planHash,
  planLanguage,
  prepareReturn,
  REPORT_ROLES,
  slug,
  TEMPLATE_ID_HEADER,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  templateMetaRows,
} from "./consolidate";
export type {
  AddOptions,
  AggregateStatus,
  AnyProblem,
  Consolidation,
  ConsolidationTotals,
  ExecutorEntry,
  FileResult,
  IdentifiedBy,
  MeasureResult,
  MeasureWords,
  PreparedReturn,
  UnreadableReturn,
  Report,
  ReportRole,
  ReturnPlace,
  Roster,
  RosterProblem,
  Source,
} from "./consolidate";
export {
  achievement,
  choosePeriod,
  comparePeriods,
  EMPTY_HISTORY,
  executorRequests,
  indicatorBounds,
  isOverdue,
  isPlanEnd,
  measureValue,
  periodRecord,
  progressOf,
  readPeriod,
  readReissue,
  REISSUE_KEY,
  reissueRow,
  samePeriod,
  trackPeriod,
  withPeriod,
  yearPeriod,
} from "./consolidate";
export type {
  ChosenPeriod,
  ExecutorRecord,
  ExecutorRequest,
  History,
  IndicatorBounds,
  MeasureProgress,
  MeasureRecord,
  NeverReported,
  Period,
  PeriodChoice,
  PeriodRecord,
  PeriodSource,
  PlanEvaluation,
  Progress,
  ProgressContext,
  RequestItem,
  RequestKind,
  RequestMeasure,
  ShortOfTarget,
  TrackInput,
} from "./consolidate";
export {
  buildImplementationReport,
  COUNTED_STATUSES,
  type AchievedValue,
  type CountedStatus,
  type FinancingTotal,
  type ImplementationReport,
  type MeasureColumns,
  type MeasureEntry,
  type MeasuresSection,
  type ReportPeriod,
  type ReportSection,
  type StatusCounts,
  type SummarySection,
  type EvaluationSection,
  type ProgressSection,
  type ProgressEntry,
  type MeasureName,
} from "./consolidate";
export { collapseSpace } from "./text/collapseSpace";
export { cellText } from "./text/cellText";
export { REPORT_STATUSES } from "./parse/ReportStatus";
export type { ReportStatus } from "./parse/ReportStatus";
export { MergeIndex } from "./grid/MergeIndex";
export { STATUS_CHOICES } from "./parse/statusWords";
export {
  DAYS_1904,
  dateCellValue,
  dateToSerial,
  isDateFormat,
  isExcelDate,
  MAX_COLUMNS,
  MAX_ROWS,
  normaliseDate,
  serialToDate,
  SheetCells,
  type CellBudget,
  READ_LIMITS,
  type ExceededLimit,
  type ReadLimit,
  type ReadLimits,
} from "./values";
