import { read, type ParsingOptions, type WorkBook } from "@e965/xlsx";
import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import { checkZip } from "./read/checkZip";
import { decodeText } from "./read/decodeText";
import { encryptedError, isEncrypted } from "./read/encryption";
import { sheetToGrid } from "./read/sheetToGrid";
import { sniffFormat } from "./read/sniffFormat";
import { WorkbookReadError } from "./WorkbookReadError";

export { WorkbookReadError } from "./WorkbookReadError";
export type { WorkbookReadProblem } from "./WorkbookReadError";

/** Per-sheet facts the grid does not carry, in workbook order. `hidden` covers hidden and very hidden. */
export type SheetInfo = { readonly name: string; readonly hidden: boolean };
export type ReadWorkbookResult = { readonly grid: WorkbookGrid; readonly sheetInfo: readonly SheetInfo[] };

/**
 * Only values: no formatted text, number formats, HTML, styles or formula text (all measured to cost time).
 * `cellDates` turns date-formatted numbers into `Date`s (SheetJS 0.20 builds them in UTC).
 */
const OPTIONS: ParsingOptions = {
  type: "array",
  dense: true,
  cellDates: true,
  cellText: false,
  cellNF: false,
  cellHTML: false,
  cellStyles: false,
  cellFormula: false,
  bookVBA: false,
};

/**
 * Reads an .xlsx (also .xlsm, .xlsb, .ods, legacy .xls, or CSV/TSV text) into the engine's grid: every
 * sheet, hidden ones included, in workbook order. Throws {@link WorkbookReadError} for input that is not a
 * readable workbook. The input is not modified.
 */
export function readWorkbook(data: Uint8Array): WorkbookGrid {
  return readWorkbookWithInfo(data).grid;
}

/** {@link readWorkbook} plus per-sheet visibility. */
export function readWorkbookWithInfo(data: Uint8Array): ReadWorkbookResult {
  const format = sniffFormat(data);
  if (format === "zip") checkPackage(checkZip(data));
  if (format === "cfb" && isEncrypted(data)) throw encryptedError();
  // SheetJS tags the array it reads (`.l`); a fresh view over the same bytes keeps the caller's array untouched.
  const book = parse(format === "text" ? decodeText(data) : data.subarray(0), format === "text");
  const states = book.Workbook?.Sheets ?? [];
  const sheets = book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name], format !== "text"));
  const sheetInfo = book.SheetNames.map((name, i) => ({ name, hidden: (states[i]?.Hidden ?? 0) !== 0 }));
  return { grid: { sheets }, sheetInfo };
}

function parse(input: Uint8Array | string, isText: boolean): WorkBook {
  try {
    // CSV cells stay text exactly as written (raw): no guessing of numbers, dates or formulas.
    return isText ? read(input, { ...OPTIONS, type: "string", raw: true }) : read(input, OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(reason)) throw encryptedError();
    throw new WorkbookReadError("corrupt", `The workbook could not be read; it may be damaged (${reason}).`);
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
