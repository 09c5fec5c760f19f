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
export { prepareReturn, type PreparedReturn } from "./prepareReturn";
export { deriveRoster } from "./deriveRoster";
export { ExecutorMatcher } from "./ExecutorMatcher";
export { SIMILARITY_THRESHOLD, type RowMatch, type UnmatchedReason } from "./matchRow";
export { jaccard, measureWords, type MeasureWords } from "./measureText";
export { parseCsv } from "./parseCsv";
export { baseName, parseRosterCsv, type RosterCsvResult, type RosterProblem } from "./parseRosterCsv";
export { parseStatus } from "../parse/parseStatus";
export { planHash } from "./planHash";
export { planLanguage } from "./planLanguage";
export {
  makeProblem,
  PROBLEM_CODES,
  PROBLEM_SEVERITY,
  type AnyProblem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "./ProblemCode";
export { isFormulaLike, readValue, type ValueReading } from "./readValue";
export { REPORT_STATUSES, type ParsedStatus, type ReportStatus } from "../parse/ReportStatus";
export { REPORT_ROLES, type ReportRole, type ReturnFile } from "./ReturnRow";
export type { ExecutorEntry, Roster } from "./Roster";
export { STATUS_CHOICES, STATUS_WORDS } from "../parse/statusWords";
export {
  measureId,
  parseMeasureId,
  readTemplateMeta,
  TEMPLATE_ID_HEADER,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  templateMetaRows,
  type TemplateMeta,
} from "./templateMeta";
export { slug, transliterate } from "./transliterate";
