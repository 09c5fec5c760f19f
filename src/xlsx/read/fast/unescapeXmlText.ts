/**
 * SheetJS's `unescapexml`, reproduced exactly: the five entities (any letter case) and numeric references
 * (`&#X41;` read as decimal, code points cut to 16 bits, unknown names become U+0000), then Excel's
 * `_xHHHH_` escapes in one left-to-right pass, so `_x005F_x000D_` gives `_x000D_`. With `excel`, CR LF
 * becomes LF afterwards, as SheetJS does for cell text.
 */
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Readonly<Record<string, string>> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};

function decodeEntity(whole: string, code: string | undefined): string {
  const radix = whole.indexOf("x") > -1 ? 16 : 10;
  return NAMED[whole] || String.fromCharCode(parseInt(String(code), radix)) || whole;
}

function decodeEscape(_whole: string, code: string): string {
  return String.fromCharCode(parseInt(code, 16));
}

function unescapeRaw(text: string): string {
  const cdata = text.indexOf("<![CDATA[");
  if (cdata === -1) return text.replace(ENTITY, decodeEntity).replace(EXCEL_ESCAPE, decodeEscape);
  const end = text.indexOf("]]>");
  return unescapeRaw(text.slice(0, cdata)) + text.slice(cdata + 9, end) + unescapeRaw(text.slice(end + 3));
}

export function unescapeXmlText(text: string, excel = false): string {
  const out = text.indexOf("&") === -1 && text.indexOf("_") === -1 ? text : unescapeRaw(text);
  return excel && out.indexOf("\r") !== -1 ? out.replace(/\r\n/g, "\n") : out;
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
