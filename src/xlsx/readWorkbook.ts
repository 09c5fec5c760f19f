import type { WorkbookGrid } from "../engine";
import type { ReadWorkbookResult } from "./read/ReadWorkbookResult";
import { readFastOrNull } from "./read/readFastOrNull";
import { readWorkbookWithSheetJs } from "./read/readWorkbookWithSheetJs";

export { WorkbookReadError } from "./WorkbookReadError";
export type { WorkbookReadProblem } from "./WorkbookReadError";
export type { ReadWorkbookResult, SheetInfo } from "./read/ReadWorkbookResult";

/**
 * Reads an .xlsx (also .xlsm, .xlsb, .ods, legacy .xls, or CSV/TSV text) into the engine's grid: every
 * sheet, hidden ones included, in workbook order. Throws {@link WorkbookReadError} for input that is not a
 * readable workbook. The input is not modified. (readWorkbookAsync does the same and loads SheetJS only when
 * it is needed.)
 */
export function readWorkbook(data: Uint8Array): WorkbookGrid {
  return readWorkbookWithInfo(data).grid;
}

/**
 * {@link readWorkbook} plus per-sheet visibility. Transitional .xlsx/.xlsm packages go through the fast
 * OOXML reader; everything else, and any package it does not reproduce exactly, through SheetJS.
 */
export function readWorkbookWithInfo(data: Uint8Array): ReadWorkbookResult {
  const { format, result } = readFastOrNull(data);
  return result ?? readWorkbookWithSheetJs(data, format);
}
