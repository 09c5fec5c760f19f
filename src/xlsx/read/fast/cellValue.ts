import { type CellValue, dateCellValue, normaliseDate } from "../../../engine";
import type { CellContent } from "./readCellContent";
import {
  CELL_BOOL,
  CELL_DATE,
  CELL_INLINE,
  CELL_NUMBER,
  CELL_SHARED,
  CELL_STR,
  type CellTag,
} from "./readCellTag";
import { detachText } from "./detachText";
import { parseDateText } from "./parseDateText";
import { unsupported } from "./OoxmlUnsupported";
import { stringItemText } from "./stringItemText";
import { unescapesLikeBytes, unescapeXmlText } from "./unescapeXmlText";

/** Per style index (`s`): a plain number, a date, or a format id SheetJS cannot look up (it then throws). */
export const STYLE_PLAIN = 0;
export const STYLE_DATE = 1;
export const STYLE_BROKEN = 2;

export type SheetContext = {
  /** Shared string texts, plus the empty item SheetJS reads after the last `</si>`. */
  readonly strings: readonly (string | undefined)[];
  /** By style index; null when styles.xml has no `<cellXfs>` (then nothing is a date). */
  readonly styleKinds: Uint8Array | null;
  readonly date1904: boolean;
  /** Told the row number every 1,024 rows (progress); absent when nobody asks. */
  readonly onRows?: (rowNumber: number) => void;
};

/**
 * The grid value of one cell exactly as SheetJS + sheetToGrid produce it, or undefined when SheetJS stores
 * no cell at all (a value-less number or shared string). A stored empty cell (`null`) still stretches its row.
 */
export function cellValue(
  xml: string,
  tag: CellTag,
  content: CellContent,
  context: SheetContext,
): CellValue | undefined {
  const hasValue = content.valueEnd > content.valueStart;
  const raw = hasValue ? xml.slice(content.valueStart, content.valueEnd) : "";
  if (content.inlineStart !== -1 && tag.type !== CELL_INLINE)
    unsupported("an inline string in another cell type");
  switch (tag.type) {
    case CELL_NUMBER:
      return hasValue ? numberValue(unescapeXmlText(raw), tag.style, context) : undefined;
    case CELL_SHARED:
      return hasValue ? sharedString(unescapeXmlText(raw), context.strings) : undefined;
    case CELL_STR:
      return hasValue ? text(detachText(formulaText(raw))) : null;
    case CELL_INLINE:
      return content.inlineStart === -1
        ? null
        : text(detachText(stringItemText(xml.slice(content.inlineStart, content.inlineEnd), true) ?? ""));
    case CELL_BOOL: {
      const flag = hasValue ? unescapeXmlText(raw) : "";
      return flag === "1" || flag === "true";
    }
    case CELL_DATE:
      if (!hasValue) unsupported("a date cell without a value");
      return normaliseDate(parseDateText(unescapeXmlText(raw), context.date1904));
    default:
      return null;
  }
}

function text(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

function numberValue(raw: string, style: number, context: SheetContext): CellValue {
  const value = parseFloat(raw);
  const kinds = context.styleKinds;
  const kind = kinds !== null && style >= 0 && style < kinds.length ? kinds[style] : STYLE_PLAIN;
  if (kind === STYLE_BROKEN) unsupported("a number format SheetJS cannot look up");
  if (kind === STYLE_DATE) return dateCellValue(value, context.date1904);
  return Number.isFinite(value) ? value : null;
}

function sharedString(raw: string, strings: readonly (string | undefined)[]): string | null {
  const index = parseInt(raw, 10);
  if (!(index >= 0 && index < strings.length)) unsupported("a shared string index out of range");
  return text(strings[index]);
}

/** `t="str"` (formula text results) are unescaped twice by SheetJS; see {@link unescapesLikeBytes}. */
function formulaText(raw: string): string {
  if (raw.indexOf("&") === -1 && raw.indexOf("_") === -1) {
    return raw.indexOf("\r\n") === -1 ? raw : raw.split("\r\n").join("\n");
  }
  const once = unescapeXmlText(raw);
  if (!unescapesLikeBytes(raw, once)) unsupported("a character reference SheetJS garbles");
  return unescapeXmlText(once, true);
}
