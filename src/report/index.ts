// The front door of src/report: other layers import it only from here (scripts/layers.cjs).
export { consolidatedWorkbook } from "./consolidatedWorkbook";
export { reportTemplates } from "./reportTemplates";
export type { TemplateFile } from "./reportTemplates";
export { issueAnnotations } from "./issueAnnotations";
export { executorNames, measureLabel, sourceLabel } from "./consolidationLabels";
export { describeProblem } from "./describeProblem";
export type { ChartSpec, ConsolidationOutput, OutputWritten } from "./ConsolidationOutput";
export { buildConsolidationOutput } from "./buildConsolidationOutput";
export type { Tracked } from "./consolidatedWorkbook";
export { HISTORY_SHEET, historySheet } from "./historySheet";
export { readHistory } from "./readHistory";
export { requestFiles, requestText, type RequestFile, type RequestOptions } from "./requestFiles";
export { safeFileName } from "./safeFileName";
export { wordReport, type WordingOptions } from "./implementation/wordReport";
export type { ReportDocument } from "./implementation/ReportDocument";
export { reportWorkbook } from "./implementation/reportWorkbook";
export { reportOutput } from "./implementation/reportOutput";
/** The Word form of the report for the head: the `docx` library is loaded (a chunk of its own) on first use. */
export const loadReportDocx = () =>
  import(/* webpackChunkName: "report-docx" */ "./implementation/reportDocx.js");
