import { WorkbookReadError } from "../WorkbookReadError";
import { decodeText } from "./decodeText";
import { sniffFormat } from "./sniffFormat";

/** Extensions of spreadsheet formats that are never plain text. */
const BINARY_NAME = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|xlt|ods|ots)$/i;
/** A table in text has columns: some line among the first ones has a tab, a semicolon or a comma. */
const SEPARATOR = /[\t;,]/;
const LINES_LOOKED_AT = 20;

/**
 * Refuses, by what the bytes hold, a file that is not a workbook although it may be named like one: text
 * named .xlsx (or .xls, .ods…) is a renamed document, and text without a single column separator in its first
 * lines is no table (a plan or a return always has several columns). Binary non-spreadsheets (PDF, images…)
 * are refused by the reader itself. `name` is null when the bytes come without one (standard input).
 */
export function refuseByContent(data: Uint8Array, name: string | null): void {
  if (sniffFormat(data) !== "text") return;
  if (name !== null && BINARY_NAME.test(name))
    throw new WorkbookReadError(
      "not-a-workbook",
      `Not an Excel workbook: ${name} holds plain text, not a spreadsheet (was a text file renamed?).`,
    );
  const lines = decodeText(data.subarray(0, 65_536))
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, LINES_LOOKED_AT);
  if (!lines.some((line) => SEPARATOR.test(line)))
    throw new WorkbookReadError(
      "not-a-workbook",
      "Not a spreadsheet: the file is text without columns (no tab, “;” or “,” separates values).",
    );
}
