/**
 * SheetJS's `unescapexml`, reproduced exactly but without regular expressions: first the five entities (any
 * letter case; only the lower-case spellings decode, others become U+0000) and numeric references (`&#X41;`
 * is read as decimal, code points are cut to 16 bits), then Excel's `_xHHHH_` escapes in one left-to-right
 * pass, so `_x005F_x000D_` gives `_x000D_`. With `excel`, CR LF becomes LF afterwards, as SheetJS does for
 * cell text. (`unescapeXmlText.test.ts` checks it against SheetJS's regular expressions.)
 */
export function unescapeXmlText(text: string, excel = false): string {
  let out = text;
  if (out.indexOf("<![CDATA[") !== -1) out = withCdata(out);
  else {
    if (out.indexOf("&") !== -1) out = decodeEntities(out);
    if (out.indexOf("_") !== -1) out = decodeEscapes(out);
  }
  return excel && out.indexOf("\r\n") !== -1 ? out.split("\r\n").join("\n") : out;
}

const NAMED = ["quot", "apos", "gt", "lt", "amp"];
const CHARS = ['"', "'", ">", "<", "&"];

function isHex(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ((ch | 32) >= 97 && (ch | 32) <= 102);
}

function decodeEntities(text: string): string {
  let out = "";
  let kept = 0;
  for (let amp = text.indexOf("&"); amp !== -1; amp = text.indexOf("&", amp + 1)) {
    const end = text.indexOf(";", amp + 1);
    if (end === -1) break;
    const body = text.slice(amp + 1, end);
    const named = NAMED.indexOf(body.toLowerCase());
    let char: string | null = null;
    if (named !== -1) char = NAMED[named] === body ? (CHARS[named] ?? "") : "\u0000";
    else if (body.charCodeAt(0) === 35) char = numericReference(body);
    if (char === null) continue;
    out += text.slice(kept, amp) + char;
    kept = end + 1;
    amp = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** `#x?([\da-fA-F]+)` (case-insensitive): hex only after a lower-case `x`, else parsed as decimal. */
function numericReference(body: string): string | null {
  const x = (body.charCodeAt(1) | 32) === 120 ? 2 : 1;
  if (body.length <= x) return null;
  for (let i = x; i < body.length; i++) if (!isHex(body.charCodeAt(i))) return null;
  return String.fromCharCode(parseInt(body.slice(x), body.charCodeAt(1) === 120 ? 16 : 10));
}

function decodeEscapes(text: string): string {
  let out = "";
  let kept = 0;
  for (let at = text.indexOf("_"); at !== -1 && at + 6 < text.length; at = text.indexOf("_", at + 1)) {
    if ((text.charCodeAt(at + 1) | 32) !== 120 || text.charCodeAt(at + 6) !== 95) continue;
    if (!isHex(text.charCodeAt(at + 2)) || !isHex(text.charCodeAt(at + 3))) continue;
    if (!isHex(text.charCodeAt(at + 4)) || !isHex(text.charCodeAt(at + 5))) continue;
    out += text.slice(kept, at) + String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
    kept = at + 7;
    at += 6;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** CDATA sections are kept verbatim, the text around them unescaped (only attribute values can hold them). */
function withCdata(text: string): string {
  const start = text.indexOf("<![CDATA[");
  if (start === -1) return unescapeXmlText(text);
  const end = text.indexOf("]]>");
  return unescapeXmlText(text.slice(0, start)) + text.slice(start + 9, end) + withCdata(text.slice(end + 3));
}

/**
 * A `t="str"` value is unescaped twice by SheetJS, the first time before UTF-8 decoding: a reference to a
 * non-ASCII character is then garbled there. Those (rare) values are left to SheetJS; true when safe.
 */
export function unescapesLikeBytes(raw: string, once: string): boolean {
  return nonAscii(once) === nonAscii(raw);
}

function nonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}
