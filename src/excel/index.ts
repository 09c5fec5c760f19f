// The Excel adapter: the only code that touches Office. The task pane gets a WorkbookHost from here.
export { createExcelHost, type ExcelHostOptions } from "./createExcelHost";
export { detectApiSupport, REQUIRED_EXCEL_API, type ApiSupport } from "./apiSupport";
export { MARK_FILLS } from "./marks/markFills";
export { officeEnvironment, type OfficeEnvironment } from "./OfficeEnvironment";
export type { ExcelHost } from "./createExcelHost";
export type { ChartSpec, ConsolidationOutput, OutputWritten } from "../report";
