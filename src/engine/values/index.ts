// Excel's values, one home for both hosts (the Excel adapter and the workbook readers): serial dates in the
// 1900 and 1904 systems, date number formats, Excel's grid size, and a sheet's cells as a reader collects them.
export { dateCellValue } from "./dateCellValue";
export { dateToSerial, isExcelDate } from "./dateToSerial";
export { MAX_COLUMNS, MAX_ROWS } from "./gridLimits";
export { isDateFormat } from "./isDateFormat";
export { normaliseDate } from "./normaliseDate";
export { SheetCells } from "./SheetCells";
export { DAYS_1904, serialToDate } from "./serialToDate";
