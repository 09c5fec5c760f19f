/** Character-level helpers for the hand-written scanners (no regex, no allocation). */

export function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

export function isWordChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;
}

export function skipSpaces(xml: string, from: number): number {
  let i = from;
  while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/** End of the name starting at `from`: the first space, `>`, `/`, `=`, `<` or quote. */
export function nameEnd(xml: string, from: number): number {
  let i = from;
  while (i < xml.length) {
    const ch = xml.charCodeAt(i);
    if (ch <= 32 || ch === 62 || ch === 47 || ch === 61 || ch === 60 || ch === 34 || ch === 39) break;
    i++;
  }
  return i;
}

/** True when `xml[start, end)` is `local` or `prefix:local` with a word-character prefix (SheetJS's `\w+:`). */
export function isLocalName(xml: string, start: number, end: number, local: string): boolean {
  const prefixEnd = end - local.length - 1;
  if (prefixEnd < start - 1 || !xml.startsWith(local, end - local.length)) return false;
  if (prefixEnd === start - 1) return true;
  if (prefixEnd === start || xml.charCodeAt(prefixEnd) !== 58) return false;
  for (let i = start; i < prefixEnd; i++) if (!isWordChar(xml.charCodeAt(i))) return false;
  return true;
}

/** At a `</`, the offset just past `</(prefix:)local>` (nothing between name and `>`), or -1. */
export function closeTagEnd(xml: string, lt: number, local: string): number {
  const end = nameEnd(xml, lt + 2);
  return xml.charCodeAt(end) === 62 && isLocalName(xml, lt + 2, end, local) ? end + 1 : -1;
}

/**
 * True when SheetJS stores the attribute named `xml[start, end)` under a key that, lower-cased, is the one
 * letter `letter` (it drops prefixes, cuts names at `_` and also stores keys in lower case).
 */
export function readsAs(xml: string, start: number, end: number, letter: number): boolean {
  let colon = -1;
  let underscore = -1;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 58 && colon === -1) colon = i;
    else if (ch === 95 && underscore === -1 && i > start) underscore = i;
  }
  if (colon !== -1) {
    const xmlns = colon - start === 5 && xml.startsWith("xmlns", start);
    return !xmlns && end - colon === 2 && (xml.charCodeAt(end - 1) | 32) === letter;
  }
  const keyEnd = underscore === -1 ? end : underscore;
  return keyEnd - start === 1 && (xml.charCodeAt(start) | 32) === letter;
}
