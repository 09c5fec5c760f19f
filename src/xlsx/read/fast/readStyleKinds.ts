import { STYLE_BROKEN, STYLE_DATE, STYLE_PLAIN } from "./cellValue";
import { isDateFormat } from "../../../engine";
import { unsupported } from "./OoxmlUnsupported";
import { unescapeXmlText } from "./unescapeXmlText";
import { matchElement, stripPrefix, xmlTags } from "./xmlTags";

/** SheetJS's built-in number formats (`SSF_init_table`); others are unknown unless styles.xml defines them. */
const BUILT_IN: ReadonlyArray<readonly [number, string]> = [
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "m/d/yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [56, '"上午/下午 "hh"時"mm"分"ss"秒 "'],
];
const LAST_FORMAT_ID = 0x188;

/**
 * For each cell style (`<cellXfs>` entry): does SheetJS read numbers in it as dates? Null when there is no
 * `<cellXfs>` (SheetJS then reads no dates). Formats are looked up as SheetJS does, in its built-in table
 * plus `<numFmts>`; a style whose format it cannot find is marked broken (SheetJS throws on its numbers).
 */
export function readStyleKinds(xml: string): Uint8Array | null {
  if (xml.includes("<!")) unsupported("comments or a DOCTYPE in styles.xml");
  const formats = new Map<number, string>(BUILT_IN);
  const numFmts = matchElement(xml, "numFmts");
  for (const tag of numFmts ? xmlTags(numFmts.whole) : []) {
    if (stripPrefix(tag.head) !== "<numFmt") continue;
    const code = tag.attrs.get("formatCode");
    if (code === undefined) unsupported("a number format without a code");
    const id = parseInt(tag.attrs.get("numFmtId") ?? "", 10);
    if (id > LAST_FORMAT_ID) unsupported("a number format id SheetJS renumbers");
    if (id > 0) formats.set(id, unescapeXmlText(code));
  }
  const cellXfs = matchElement(xml, "cellXfs");
  if (!cellXfs) return null;
  const kinds: number[] = [];
  for (const tag of xmlTags(cellXfs.whole)) {
    const head = stripPrefix(tag.head);
    if (head !== "<xf" && head !== "<xf/>" && head !== "<xf>") continue;
    const raw = tag.attrs.get("numFmtId");
    const id = raw ? parseInt(raw, 10) : raw === undefined ? 0 : NaN;
    if (id > LAST_FORMAT_ID) unsupported("a number format id SheetJS renumbers");
    const format = formats.get(id);
    kinds.push(format === undefined ? STYLE_BROKEN : isDateFormat(format) ? STYLE_DATE : STYLE_PLAIN);
  }
  return Uint8Array.from(kinds);
}
