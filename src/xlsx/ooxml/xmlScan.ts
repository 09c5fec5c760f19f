/**
 * Linear string scanning over OOXML parts. Parts can be tens of megabytes, so they are patched by
 * locating elements and splicing text, never by building a DOM.
 */

/** One element found by {@link childElements}: its qualified name and `[start, end)` offsets. */
export type XmlElement = { readonly name: string; readonly start: number; readonly end: number };

/** Thrown when a part is not the XML it should be; callers turn it into a user-facing error. */
export class XmlScanError extends Error {
  override readonly name = "XmlScanError";
}

/** Offset just past the `>` closing the tag that starts at `lt`, skipping quoted attribute values. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  throw new XmlScanError(`unterminated tag at offset ${lt}`);
}

/** True when the tag ending at `end` (exclusive) is self-closing (`<x …/>`). */
export function isSelfClosing(xml: string, end: number): boolean {
  return xml.charCodeAt(end - 2) === 47;
}

/** Offset of the next start tag `<qname` (followed by a space, `>` or `/`) in `[from, to)`, or -1. */
export function findStartTag(xml: string, qname: string, from: number, to: number = xml.length): number {
  const needle = `<${qname}`;
  let at = xml.indexOf(needle, from);
  while (at !== -1 && at < to) {
    const next = xml.charCodeAt(at + needle.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return at;
    at = xml.indexOf(needle, at + needle.length);
  }
  return -1;
}

/**
 * Offset just past the element starting at `start` (self-closing or up to its matching close tag).
 * Nested elements of the same name are counted only inside the element's own text, so looking for a
 * name that does not occur never scans the rest of a large part.
 */
export function elementEnd(xml: string, start: number, qname: string = tagName(xml, start)): number {
  const open = tagEnd(xml, start);
  if (isSelfClosing(xml, open)) return open;
  const close = `</${qname}>`;
  let depth = 1;
  let pos = open;
  for (;;) {
    const nextClose = xml.indexOf(close, pos);
    if (nextClose === -1) throw new XmlScanError(`element <${qname}> at offset ${start} is not closed`);
    const inner = xml.slice(pos, nextClose);
    for (let at = findStartTag(inner, qname, 0); at !== -1;) {
      const end = tagEnd(inner, at);
      if (!isSelfClosing(inner, end)) depth++;
      at = findStartTag(inner, qname, end);
    }
    depth--;
    pos = nextClose + close.length;
    if (depth === 0) return pos;
  }
}

/** The qualified name of the tag starting at `lt`. */
export function tagName(xml: string, lt: number): string {
  let i = lt + 1;
  while (i < xml.length) {
    const ch = xml.charCodeAt(i);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
    i++;
  }
  return xml.slice(lt + 1, i);
}

export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon === -1 ? qname : qname.slice(colon + 1);
}

/** `"x:"` for `<x:worksheet>`, `""` for `<worksheet>`. */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon === -1 ? "" : qname.slice(0, colon + 1);
}

/** The document element: skips the XML declaration, comments and processing instructions. */
export function rootElement(xml: string): XmlElement {
  let lt = xml.indexOf("<");
  while (lt !== -1 && (xml.startsWith("<?", lt) || xml.startsWith("<!", lt))) {
    lt = xml.startsWith("<!--", lt) ? xml.indexOf("<", xml.indexOf("-->", lt) + 3) : xml.indexOf("<", lt + 2);
  }
  if (lt === -1) throw new XmlScanError("the part has no root element");
  const name = tagName(xml, lt);
  const close = xml.lastIndexOf(`</${name}>`);
  return { name, start: lt, end: close === -1 ? tagEnd(xml, lt) : close + name.length + 3 };
}

/** Direct children of `parent` (comments, text and processing instructions are skipped). */
export function childElements(xml: string, parent: XmlElement): XmlElement[] {
  const children: XmlElement[] = [];
  const open = tagEnd(xml, parent.start);
  if (isSelfClosing(xml, open)) return children;
  const limit = contentEnd(xml, parent);
  let pos = xml.indexOf("<", open);
  while (pos !== -1 && pos < limit) {
    if (xml.startsWith("<!--", pos)) pos = xml.indexOf("-->", pos) + 3;
    else if (xml.startsWith("<?", pos) || xml.startsWith("<![CDATA[", pos)) pos = tagEnd(xml, pos);
    else {
      const name = tagName(xml, pos);
      const end = elementEnd(xml, pos, name);
      children.push({ name, start: pos, end });
      pos = end;
    }
    pos = xml.indexOf("<", pos);
  }
  return children;
}

/** Offset of the parent's closing tag (where new last children go). */
export function contentEnd(xml: string, element: XmlElement): number {
  const open = tagEnd(xml, element.start);
  return isSelfClosing(xml, open) ? open : element.end - element.name.length - 3;
}
