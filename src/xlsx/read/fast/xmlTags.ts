/**
 * SheetJS's tag-level view of small XML parts (workbook, relationships, content types, styles, comments,
 * VML), reproduced so that the fast reader sees exactly the tags and attributes SheetJS sees. Worksheets and
 * shared strings are scanned by hand instead (see scanSheetData).
 */
const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

export type XmlTag = {
  /** The tag up to its first space, e.g. `<x:sheet` or `<b/>`. */
  readonly head: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Offset of `<` in the text, and the tag's length. */
  readonly index: number;
  readonly length: number;
};

/** Every tag of `text`, in order. */
export function* xmlTags(text: string): Generator<XmlTag> {
  for (const match of text.matchAll(TAG)) {
    yield { ...tagAttributes(match[0]), index: match.index, length: match[0].length };
  }
}

/** `<x:sheet` → `<sheet`, `</x:Row>` → `</Row>`. */
export function stripPrefix(head: string): string {
  return head.replace(/<(\/?)\w+:/, "<$1");
}

/**
 * SheetJS's `parsexmltag`: attribute names lose their namespace prefix (`r:id` → `id`, `xmlns:x` →
 * `xmlnsx`) and anything after an underscore, and are stored both as written and in lower case.
 */
export function tagAttributes(tag: string): { head: string; attrs: Map<string, string> } {
  let end = 0;
  for (; end !== tag.length; ++end) {
    const ch = tag.charCodeAt(end);
    if (ch === 32 || ch === 10 || ch === 13) break;
  }
  const attrs = new Map<string, string>();
  const head = tag.slice(0, end);
  if (end === tag.length) return { head, attrs };
  for (const found of tag.match(ATTRIBUTE) ?? []) {
    const text = found.slice(1);
    let eq = 0;
    while (eq !== text.length && text.charCodeAt(eq) !== 61) eq++;
    let name = text.slice(0, eq).trim();
    while (text.charCodeAt(eq + 1) === 32) eq++;
    const quoted = text.charCodeAt(eq + 1) === 34 || text.charCodeAt(eq + 1) === 39 ? 1 : 0;
    const value = text.slice(eq + 1 + quoted, text.length - quoted);
    const colon = name.indexOf(":");
    if (colon === -1) {
      if (name.indexOf("_") > 0) name = name.slice(0, name.indexOf("_"));
    } else {
      const key = (colon === 5 && name.slice(0, 5) === "xmlns" ? "xmlns" : "") + name.slice(colon + 1);
      if (attrs.get(key) && name.slice(colon - 3, colon) === "ext") continue;
      name = key;
    }
    attrs.set(name, value);
    attrs.set(name.toLowerCase(), value);
  }
  return { head, attrs };
}

/**
 * SheetJS's `str_match_xml_ns`: the first `<(prefix:)tag …>` and the first closing tag after it, as the
 * whole element and its content; null when either is missing.
 */
export function matchElement(text: string, tag: string, from = 0): { whole: string; inner: string } | null {
  const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, "g");
  const close = new RegExp(`</(?:\\w+:)?${tag}>`, "g");
  open.lastIndex = from;
  const start = open.exec(text);
  if (!start) return null;
  close.lastIndex = open.lastIndex;
  const end = close.exec(text);
  if (!end) return null;
  return { whole: text.slice(start.index, close.lastIndex), inner: text.slice(open.lastIndex, end.index) };
}

/** SheetJS's `parsexmlbool`. */
export function xmlBool(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
