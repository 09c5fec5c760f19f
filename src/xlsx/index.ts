// The front door of src/xlsx: other layers import it only from here (scripts/layers.cjs).
export { writeWorkbook } from "./writeWorkbook";
export { annotateWorkbook } from "./annotateWorkbook";
export { annotatedCopy, type AnnotatedCopy } from "./annotatedCopy";
export { canAnnotate } from "./annotate/canAnnotate";
export type { IssuesSheetRow, WorkbookAnnotations } from "./annotateWorkbook";
export { exceededParams, WorkbookReadError, readNamedWorkbookAsync } from "./readNamedWorkbookAsync";
export { decodeText } from "./read/decodeText";
export { GridBudget } from "./read/GridBudget";
export { fitSheetText } from "./write/fitSheetText";
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
export { columnPoints, printLayout } from "./printLayout";
export { LINE_HEIGHT, linesNeeded } from "./ooxml/rowHeights";
export { FILL_RGB } from "./ooxml/styleTraits";
export { stripIllegalXmlChars } from "./ooxml/escapeXml";
export { PAGE_MARGINS } from "./ooxml/worksheetParts";
export type { ExceededLimit, WorkbookReadProblem } from "./WorkbookReadError";
export type { ReadWorkbookResult } from "./readWorkbook";
export { loadAnnotatedCopy, loadWorkbookAnnotator, loadWorkbookReader, loadWorkbookWriter } from "./lazy";
export { useRawInflater } from "./read/inflateEntry";
export type { RawInflater } from "./read/inflateEntry";
