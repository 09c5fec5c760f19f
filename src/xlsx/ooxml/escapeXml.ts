/**
 * Text from workbooks is data: it goes into XML as character data only, never as markup.
 * These helpers strip what XML 1.0 cannot hold and escape what it would misread.
 */

/** Characters XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE/U+FFFF and unpaired surrogates. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Excel reads `_xHHHH_` in text as an escaped character; a literal underscore before such a sequence is
 * written `_x005F_` so the text comes back exactly as written.
 */
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, "");
}

const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#13;",
  '"': "&quot;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** Escape for element content (`<t>…</t>`): `& < >`, CR kept as a character reference. */
export function xmlText(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(EXCEL_ESCAPE, "_x005F_$1")
    .replace(/[&<>\r]/g, (ch) => TEXT_ENTITIES[ch] ?? ch);
}

/** Escape for a double-quoted attribute value; line breaks and tabs survive attribute normalisation. */
export function xmlAttr(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"\r\n\t]/g, (ch) => TEXT_ENTITIES[ch] ?? ch);
}

/**
 * Escape for an attribute Excel reads as text with `_xHHHH_` escapes, such as a sheet name: a literal "_x0041_"
 * in the name stays those seven characters.
 */
export function xstringAttr(text: string): string {
  return xmlAttr(text.replace(EXCEL_ESCAPE, "_x005F_$1"));
}

/** Spreadsheet cell or comment text element, with `xml:space="preserve"` when whitespace matters. */
export function textElement(text: string, tag = "t"): string {
  const escaped = xmlText(text);
  return /^\s|\s$|\s\s|[\n\r\t]/.test(text)
    ? `<${tag} xml:space="preserve">${escaped}</${tag}>`
    : `<${tag}>${escaped}</${tag}>`;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decode the five XML entities and numeric character references (for attribute values we read). */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return safeCodePoint(parseInt(body.slice(2), 16), whole);
    if (body.startsWith("#")) return safeCodePoint(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
