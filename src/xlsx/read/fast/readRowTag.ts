import { MAX_ROWS } from "../../ooxml/cellRefs";
import { unsupported } from "./OoxmlUnsupported";
import { nameEnd, readsAs } from "./xmlNames";

/** A `<row …>` start tag: its `r` (null without one), whether it is self-closing, and where it ends. */
export type RowTag = { rowNumber: number | null; selfClosing: boolean; end: number };

/**
 * Reads a row start tag from just after its name. Only `r` matters (for cells without their own
 * reference); other attributes are skipped, but none may be read by SheetJS as `r` too (`R`, `x:r`, `r_1`).
 */
export function readRowTag(xml: string, from: number, row: RowTag): void {
  row.rowNumber = null;
  for (let i = from; ;) {
    const ch = xml.charCodeAt(i);
    if (ch === 32) {
      i++;
      continue;
    }
    if (ch === 62 || (ch === 47 && xml.charCodeAt(i + 1) === 62)) {
      row.selfClosing = ch === 47;
      row.end = ch === 47 ? i + 2 : i + 1;
      return;
    }
    const nameStart = i;
    i = nameEnd(xml, i);
    const quote = xml.charCodeAt(i + 1);
    if (xml.charCodeAt(i) !== 61 || (quote !== 34 && quote !== 39)) unsupported("an unusual row tag");
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 2);
    if (valueEnd === -1) unsupported("an unterminated attribute");
    for (let k = i + 2; k < valueEnd; k++) {
      const c = xml.charCodeAt(k);
      if (c === 60 || c === 62) unsupported("markup characters in an attribute value");
    }
    if (readsAs(xml, nameStart, i, 114)) {
      if (i - nameStart !== 1 || xml.charCodeAt(nameStart) !== 114 || row.rowNumber !== null) {
        unsupported("an attribute SheetJS would take for the row number");
      }
      row.rowNumber = rowNumber(xml, i + 2, valueEnd);
    }
    i = valueEnd + 1;
    const next = xml.charCodeAt(i);
    if (next !== 32 && next !== 62 && next !== 47) unsupported("attributes without a space between");
  }
}

function rowNumber(xml: string, from: number, to: number): number {
  let value = 0;
  if (to === from || to - from > 7 || xml.charCodeAt(from) === 48) unsupported("an unusual row number");
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) unsupported("an unusual row number");
    value = value * 10 + digit;
  }
  if (value > MAX_ROWS) unsupported("a row beyond Excel's grid");
  return value;
}
