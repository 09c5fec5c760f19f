import { MAX_ROWS } from "../../ooxml/cellRefs";
import { unsupported } from "./OoxmlUnsupported";
import { checkPlain, scanAttributes, type AttributeReader } from "./scanAttributes";
import { readsAs } from "./xmlNames";

/** Cell types (`t`): absent, "" and "n" are numbers; unknown types hold nothing SheetJS reads. */
export const CELL_NUMBER = 0;
export const CELL_SHARED = 1;
export const CELL_STR = 2;
export const CELL_INLINE = 3;
export const CELL_BOOL = 4;
export const CELL_ERROR = 5;
export const CELL_DATE = 6;
export const CELL_OTHER = 7;

/** One `<c …>` start tag; `col`/`row` are -1 without `r`, `style` is -1 without `s`. Reused per cell. */
export type CellTag = {
  col: number;
  row: number;
  style: number;
  type: number;
  selfClosing: boolean;
  end: number;
};

export function newCellTag(): CellTag {
  return { col: -1, row: -1, style: -1, type: CELL_NUMBER, selfClosing: false, end: 0 };
}

/**
 * Reads the attributes of a cell start tag, from just after its name: `r`, `s` and `t` (others are skipped),
 * quoted and separated by single spaces. Anything SheetJS could read differently goes to SheetJS.
 */
export function readCellTag(xml: string, from: number, tag: CellTag): void {
  tag.col = -1;
  tag.row = -1;
  tag.style = -1;
  tag.type = CELL_NUMBER;
  scanAttributes(xml, from, "cell", tag, readAttribute);
}

/** `r`, `s` and `t` are read (each once); any other attribute must be plain and not look like one of them. */
const readAttribute: AttributeReader<CellTag> = (xml, at, nameStop, from, to, tag) => {
  const first = nameStop - at === 1 ? xml.charCodeAt(at) : 0;
  if (first === 114) {
    readRef(xml, from, to, tag);
    return 1;
  }
  if (first === 115) {
    tag.style = readIndex(xml, from, to);
    return 2;
  }
  if (first === 116) {
    tag.type = readType(xml, from, to);
    return 4;
  }
  if (readsAs(xml, at, nameStop, 114) || readsAs(xml, at, nameStop, 115) || readsAs(xml, at, nameStop, 116)) {
    unsupported("an attribute SheetJS would take for r, s or t");
  }
  checkPlain(xml, from, to);
  return 0;
};

/** `A1` … `XFD1048576`: 1–3 capitals, then a row number without leading zeros. */
function readRef(xml: string, from: number, to: number, tag: CellTag): void {
  let i = from;
  let col = 0;
  for (let ch = xml.charCodeAt(i); i < to && ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i))
    col = col * 26 + ch - 64;
  if (i === from || i - from > 3) unsupported("an unusual cell reference");
  const row = readIndex(xml, i, to);
  if (row === 0 || row > MAX_ROWS) unsupported("a row beyond Excel's grid");
  tag.col = col - 1;
  tag.row = row - 1;
}

/** A decimal number as Excel writes it (no sign, no leading zeros, at most nine digits). */
function readIndex(xml: string, from: number, to: number): number {
  if (to === from || to - from > 9 || (to - from > 1 && xml.charCodeAt(from) === 48)) unsupported("a number");
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) unsupported("a number");
    value = value * 10 + digit;
  }
  return value;
}

function readType(xml: string, from: number, to: number): number {
  const length = to - from;
  if (length === 0) return CELL_NUMBER;
  if (length === 1) {
    const ch = xml.charCodeAt(from);
    if (ch === 110) return CELL_NUMBER;
    if (ch === 115) return CELL_SHARED;
    if (ch === 98) return CELL_BOOL;
    if (ch === 101) return CELL_ERROR;
    if (ch === 100) return CELL_DATE;
  }
  if (xml.startsWith("str", from) && length === 3) return CELL_STR;
  if (xml.startsWith("inlineStr", from) && length === 9) return CELL_INLINE;
  checkPlain(xml, from, to);
  return CELL_OTHER;
}
