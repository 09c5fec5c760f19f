import { unsupported } from "./OoxmlUnsupported";
import { assertRichRunsReadable } from "./richRunsReadable";
import { unescapeXmlText } from "./unescapeXmlText";
import { isWordChar } from "./xmlNames";

/**
 * The text of a string item (`<si>` content or a cell's `<is>` content), as SheetJS's `parse_si` reads it:
 * - starting with a `<t>`: that element's text only (a phonetic `<rPh>` after it is ignored);
 * - with rich-text runs (`<r>`): every `<t>` outside `<rPh>` concatenated, then unescaped as one text;
 * - anything else: no text (undefined).
 * Whitespace is kept; XML and `_xHHHH_` escapes are decoded, CR LF becomes LF. Layouts SheetJS would
 * misread (markup inside a text, unclosed phonetic runs) are refused with {@link unsupported}; so are rich
 * texts whose HTML rendering would make SheetJS throw (`html`: inline strings, which SheetJS renders).
 */
export function stringItemText(item: string, html = false): string | undefined {
  if (item === "") return "";
  if (startsWithText(item)) return plainText(item);
  if (!hasRun(item)) return undefined;
  if (html) assertRichRunsReadable(item);
  return runsText(item);
}

/** Offset just past an optional `prefix:` at `from`, or `from` itself. */
function afterPrefix(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i > from && text.charCodeAt(i) === 58 ? i + 1 : from;
}

/** JavaScript's `\s`. */
function isJsSpace(ch: number): boolean {
  return (
    (ch >= 9 && ch <= 13) ||
    ch === 32 ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/** `/^\s*<(?:\w+:)?t[^>]*>/` */
function startsWithText(item: string): boolean {
  let lt = 0;
  while (lt < item.length && isJsSpace(item.charCodeAt(lt))) lt++;
  if (item.charCodeAt(lt) !== 60 || item.indexOf(">", lt) === -1) return false;
  return item.charCodeAt(lt + 1) === 116 || item.charCodeAt(afterPrefix(item, lt + 1)) === 116;
}

/** Length of a close tag `</(prefix:)local>` at `at`, or 0. */
function closeTagLength(text: string, at: number, local: string): number {
  if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 47) return 0;
  const name = afterPrefix(text, at + 2);
  return text.startsWith(`${local}>`, name) ? name + local.length + 1 - at : 0;
}

function plainText(item: string): string {
  const from = item.indexOf(">") + 1;
  const lt = item.indexOf("<", from);
  if (lt === -1) return unescapeXmlText(item.slice(from), true);
  if (closeTagLength(item, lt, "t") === 0) unsupported("markup inside a text element");
  return unescapeXmlText(item.slice(from, lt), true);
}

/** True when `<(?:\w+:)?local\b[^<>]*>` matches at `lt`. */
function isStartTag(text: string, lt: number, local: string): boolean {
  let name = lt + 1;
  if (!text.startsWith(local, name) || isWordChar(text.charCodeAt(name + local.length))) {
    name = afterPrefix(text, lt + 1);
    if (name === lt + 1 || !text.startsWith(local, name)) return false;
    if (isWordChar(text.charCodeAt(name + local.length))) return false;
  }
  const gt = text.indexOf(">", name);
  const next = text.indexOf("<", name);
  return gt !== -1 && (next === -1 || gt < next);
}

function hasRun(item: string): boolean {
  for (let lt = item.indexOf("<"); lt !== -1; lt = item.indexOf("<", lt + 1)) {
    if (isStartTag(item, lt, "r")) return true;
  }
  return false;
}

const WHOLE_TAG = /^<[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*\/?>$/;

function runsText(item: string): string {
  const source = item.indexOf("rPh") === -1 ? item : withoutPhonetics(item);
  let text = "";
  for (let lt = source.indexOf("<"); lt !== -1; lt = source.indexOf("<", lt + 1)) {
    if (!isStartTag(source, lt, "t")) continue;
    const gt = source.indexOf(">", lt);
    const next = source.indexOf("<", gt);
    if (next === -1 || closeTagLength(source, next, "t") === 0) continue;
    if (!WHOLE_TAG.test(source.slice(lt, gt + 1))) unsupported("an unusual text element in rich text");
    text += source.slice(gt + 1, next);
  }
  return unescapeXmlText(text, true);
}

/** The item without its phonetic runs (`<rPh>…</rPh>`), as SheetJS strips them before reading runs. */
function withoutPhonetics(item: string): string {
  let out = "";
  let kept = 0;
  for (let lt = item.indexOf("<"); lt !== -1; lt = item.indexOf("<", lt + 1)) {
    if (!isStartTag(item, lt, "rPh")) continue;
    const gt = item.indexOf(">", lt);
    if (item.charCodeAt(gt - 1) === 47) unsupported("an empty phonetic run");
    let end = -1;
    for (let at = item.indexOf("</", gt); at !== -1 && end === -1; at = item.indexOf("</", at + 2)) {
      const length = closeTagLength(item, at, "rPh");
      if (length > 0) end = at + length;
    }
    if (end === -1) unsupported("an unterminated phonetic run");
    out += item.slice(kept, lt);
    kept = end;
    lt = end - 1;
  }
  return out + item.slice(kept);
}
