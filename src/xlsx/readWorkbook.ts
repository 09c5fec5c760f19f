import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import { checkZip } from "./read/checkZip";
import { encryptedError, isEncrypted } from "./read/encryption";
import { readOoxmlGrid } from "./read/fast/readOoxmlGrid";
import type { ReadWorkbookResult } from "./read/ReadWorkbookResult";
import { readWorkbookWithSheetJs } from "./read/readWorkbookWithSheetJs";
import { sniffFormat } from "./read/sniffFormat";
import { WorkbookReadError } from "./WorkbookReadError";

export { WorkbookReadError } from "./WorkbookReadError";
export type { WorkbookReadProblem } from "./WorkbookReadError";
export type { ReadWorkbookResult, SheetInfo } from "./read/ReadWorkbookResult";

/**
 * Reads an .xlsx (also .xlsm, .xlsb, .ods, legacy .xls, or CSV/TSV text) into the engine's grid: every
 * sheet, hidden ones included, in workbook order. Throws {@link WorkbookReadError} for input that is not a
 * readable workbook. The input is not modified.
 */
export function readWorkbook(data: Uint8Array): WorkbookGrid {
  return readWorkbookWithInfo(data).grid;
}

/**
 * {@link readWorkbook} plus per-sheet visibility. Transitional .xlsx/.xlsm packages go through the fast
 * OOXML reader; everything else, and any package it does not reproduce exactly, through SheetJS.
 */
export function readWorkbookWithInfo(data: Uint8Array): ReadWorkbookResult {
  const format = sniffFormat(data);
  if (format === "cfb" && isEncrypted(data)) throw encryptedError();
  if (format === "zip") {
    const names = checkZip(data);
    checkPackage(names);
    const fast = readFast(data, names);
    if (fast !== null) return fast;
  }
  return readWorkbookWithSheetJs(data, format);
}

function readFast(data: Uint8Array, names: readonly string[]): ReadWorkbookResult | null {
  try {
    return readOoxmlGrid(data, names);
  } catch {
    return null;
  }
}

function checkPackage(names: readonly string[]): void {
  const has = (test: (name: string) => boolean): boolean => names.some(test);
  if (has((n) => /^xl\//i.test(n)) || has((n) => n === "mimetype" || n === "content.xml")) return;
  const what = has((n) => /^word\//i.test(n))
    ? "a Word document"
    : has((n) => /^ppt\//i.test(n))
      ? "a PowerPoint presentation"
      : "a ZIP archive without a workbook";
  throw new WorkbookReadError("not-a-workbook", `Not an Excel workbook (.xlsx): the file is ${what}.`);
}
