// The front door of src/xlsx: other layers import it only from here (scripts/layers.cjs).
export { writeWorkbook } from "./writeWorkbook";
export { annotateWorkbook } from "./annotateWorkbook";
export { canAnnotate } from "./annotate/canAnnotate";
export type { IssuesSheetRow, WorkbookAnnotations } from "./annotateWorkbook";
export { WorkbookReadError, readNamedWorkbookAsync } from "./readNamedWorkbookAsync";
export { decodeText } from "./read/decodeText";
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
export type { WorkbookReadProblem } from "./WorkbookReadError";
export { loadWorkbookAnnotator, loadWorkbookReader, loadWorkbookWriter } from "./lazy";
