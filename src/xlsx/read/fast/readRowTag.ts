import { MAX_ROWS } from "../../ooxml/cellRefs";
import { unsupported } from "./OoxmlUnsupported";
import { checkPlain, scanAttributes, type AttributeReader } from "./scanAttributes";
import { readsAs } from "./xmlNames";

/** A `<row …>` start tag: its `r` (null without one), whether it is self-closing, and where it ends. */
export type RowTag = { rowNumber: number | null; selfClosing: boolean; end: number };

/**
 * Reads a row start tag from just after its name. Only `r` matters (for cells without their own
 * reference); other attributes are skipped, but none may be read by SheetJS as `r` too (`R`, `x:r`, `r_1`).
 */
export function readRowTag(xml: string, from: number, row: RowTag): void {
  row.rowNumber = null;
  scanAttributes(xml, from, "row", row, readRowAttribute);
}

const readRowAttribute: AttributeReader<RowTag> = (xml, nameStart, nameStop, valueStart, valueEnd, row) => {
  checkPlain(xml, valueStart, valueEnd);
  if (readsAs(xml, nameStart, nameStop, 114)) {
    if (nameStop - nameStart !== 1 || xml.charCodeAt(nameStart) !== 114 || row.rowNumber !== null) {
      unsupported("an attribute SheetJS would take for the row number");
    }
    row.rowNumber = rowNumber(xml, valueStart, valueEnd);
  }
  return 0;
};

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
