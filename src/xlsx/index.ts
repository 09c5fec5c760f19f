// The front door of src/xlsx: other layers import it only from here (scripts/layers.cjs).
export { writeWorkbook } from "./writeWorkbook";
export { annotateWorkbook } from "./annotateWorkbook";
export type { IssuesSheetRow, WorkbookAnnotations } from "./annotateWorkbook";
export { exceededParams, WorkbookReadError, readNamedWorkbookAsync } from "./readNamedWorkbookAsync";
export { decodeText } from "./read/decodeText";
export { GridBudget } from "./read/GridBudget";
export { limitValue } from "./read/overLimit";
export type {
  CellInput,
  CellSpec,
  CellStyleName,
  IndexSpan,
  ListValidationSpec,
  SheetSpec,
  TableSpec,
  WorkbookSpec,
} from "./WorkbookSpec";
export { printLayout } from "./printLayout";
export type { ExceededLimit, WorkbookReadProblem } from "./WorkbookReadError";
export type { ReadWorkbookResult } from "./readWorkbook";
export { loadWorkbookAnnotator, loadWorkbookReader, loadWorkbookWriter } from "./lazy";
