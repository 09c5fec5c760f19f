import { read, type ParsingOptions, type WorkBook } from "@e965/xlsx";
import { WorkbookReadError } from "../WorkbookReadError";
import { decodeText } from "./decodeText";
import { encryptedError } from "./encryption";
import type { ReadWorkbookResult, SheetProgress } from "./ReadWorkbookResult";
import { sheetToGrid } from "./sheetToGrid";
import type { InputFormat } from "./sniffFormat";

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
 * The general reader: any format SheetJS knows, for input already sniffed (and, for ZIPs, structurally
 * checked) by readWorkbookWithInfo. The fast OOXML reader must give exactly what this gives.
 */
export function readWorkbookWithSheetJs(
  data: Uint8Array,
  format: InputFormat,
  onProgress?: SheetProgress,
): ReadWorkbookResult {
  // SheetJS tags the array it reads (`.l`); a fresh view over the same bytes keeps the caller's array untouched.
  const book = parse(format === "text" ? decodeText(data) : data.subarray(0), format === "text");
  const states = book.Workbook?.Sheets ?? [];
  let rows = 0;
  const sheets = book.SheetNames.map((name, i) => {
    onProgress?.({ sheet: i + 1, sheets: book.SheetNames.length, rows });
    const grid = sheetToGrid(name, book.Sheets[name], format !== "text");
    rows += grid.cells.length;
    return grid;
  });
  if (sheets.length > 0) onProgress?.({ sheet: sheets.length, sheets: sheets.length, rows });
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
