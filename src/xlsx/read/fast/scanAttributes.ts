import { unsupported } from "./OoxmlUnsupported";
import { nameEnd } from "./xmlNames";

/** Where a start tag ends: after `>` or `/>`. */
export type TagEnd = { selfClosing: boolean; end: number };

/**
 * Reads one attribute: its name is `xml[nameStart, nameStop)`, its value `xml[valueStart, valueEnd)`.
 * Returns a bit of its own for attributes that may not repeat (0 for others).
 */
export type AttributeReader<T> = (
  xml: string,
  nameStart: number,
  nameStop: number,
  valueStart: number,
  valueEnd: number,
  tag: T,
) => number;

/**
 * Walks the attributes of a start tag from just after its name to its `>` or `/>` (setting `tag.selfClosing`
 * and `tag.end`), handing each `name="value"` or `name='value'` to `read`. Tags SheetJS could read otherwise —
 * no `=` or quotes, an unterminated value, attributes without a space between, a repeated attribute — are left
 * to SheetJS (`what` names the tag: "row", "cell").
 */
export function scanAttributes<T extends TagEnd>(
  xml: string,
  from: number,
  what: string,
  tag: T,
  read: AttributeReader<T>,
): void {
  let seen = 0;
  for (let i = from; ;) {
    const ch = xml.charCodeAt(i);
    if (ch === 32) {
      i++;
      continue;
    }
    if (ch === 62 || (ch === 47 && xml.charCodeAt(i + 1) === 62)) {
      tag.selfClosing = ch === 47;
      tag.end = ch === 47 ? i + 2 : i + 1;
      return;
    }
    const nameStart = i;
    i = nameEnd(xml, i);
    const quote = xml.charCodeAt(i + 1);
    if (xml.charCodeAt(i) !== 61 || (quote !== 34 && quote !== 39)) unsupported(`an unusual ${what} tag`);
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 2);
    if (valueEnd === -1) unsupported("an unterminated attribute");
    const bit = read(xml, nameStart, i, i + 2, valueEnd, tag);
    if ((seen & bit) !== 0) unsupported(`a repeated ${what} attribute`);
    seen |= bit;
    i = valueEnd + 1;
    const next = xml.charCodeAt(i);
    if (next !== 32 && next !== 62 && next !== 47) unsupported("attributes without a space between");
  }
}

/** SheetJS ends a tag at its first `>`, so values holding `<` or `>` are left to it. */
export function checkPlain(xml: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 60 || ch === 62) unsupported("markup characters in an attribute value");
  }
}
