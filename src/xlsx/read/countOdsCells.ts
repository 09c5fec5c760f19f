import { READ_LIMITS } from "../limits";
import { overLimit } from "./overLimit";

const TAG = /<(\/?)(?:[\w.-]+:)?(table-row|table-cell|table)\b([^>]*)>/g;
const ROWS_REPEATED = /number-rows-repeated\s*=\s*["'](\d+)/;
const COLUMNS_REPEATED = /number-columns-repeated\s*=\s*["'](\d+)/;
const STRING_TYPE = /value-type\s*=\s*["']string/;

/**
 * The cells SheetJS would build from an OpenDocument spreadsheet's content.xml, counted before it builds
 * them: a cell with content repeated over `number-columns-repeated` columns of a row repeated
 * `number-rows-repeated` times is that many cells (SheetJS copies it into each), so a few hundred bytes can
 * ask for billions. Empty cells, which LibreOffice repeats to the end of the grid in every file, cost nothing.
 * Refused over the cell limit.
 */
export function countOdsCells(xml: string): void {
  let rowRepeat = 1;
  let cells = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    if (m[1] === "/") continue;
    const attributes = m[3] ?? "";
    if (m[2] === "table-row") rowRepeat = repeat(ROWS_REPEATED.exec(attributes));
    else if (m[2] === "table-cell") {
      const selfClosing = attributes.endsWith("/");
      if (selfClosing && !STRING_TYPE.test(attributes)) continue;
      cells += rowRepeat * repeat(COLUMNS_REPEATED.exec(attributes));
      if (cells > READ_LIMITS.cells) overLimit("cells");
    } else rowRepeat = 1;
  }
  TAG.lastIndex = 0;
}

function repeat(match: RegExpExecArray | null): number {
  const n = match === null ? 1 : Number(match[1]);
  return Number.isFinite(n) && n > 1 ? n : 1;
}
