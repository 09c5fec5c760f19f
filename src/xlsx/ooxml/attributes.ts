/**
 * Attribute access on one start tag (`<c r="A1" s="3">`), parsed sequentially so that quotes inside
 * values (`name="a s='1'"`) never fool it. Values are returned and expected raw (XML-escaped).
 */

type AttrSpan = {
  readonly start: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly end: number;
};

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

function findAttr(tag: string, name: string): AttrSpan | null {
  let i = 1;
  while (
    i < tag.length &&
    !isSpace(tag.charCodeAt(i)) &&
    tag.charCodeAt(i) !== 62 &&
    tag.charCodeAt(i) !== 47
  )
    i++;
  for (;;) {
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const nameStart = i;
    while (
      i < tag.length &&
      tag.charCodeAt(i) !== 61 &&
      !isSpace(tag.charCodeAt(i)) &&
      tag.charCodeAt(i) !== 62
    )
      i++;
    if (i >= tag.length || i === nameStart) return null;
    const attrName = tag.slice(nameStart, i);
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return null;
    i++;
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return null;
    const valueEnd = tag.indexOf(quote, i + 1);
    if (valueEnd === -1) return null;
    if (attrName === name) return { start: nameStart, valueStart: i + 1, valueEnd, end: valueEnd + 1 };
    i = valueEnd + 1;
  }
}

/** Raw value of attribute `name`, or null when absent. */
export function readAttr(tag: string, name: string): string | null {
  const span = findAttr(tag, name);
  return span ? tag.slice(span.valueStart, span.valueEnd) : null;
}

/** The tag with attribute `name` set to `rawValue` (replaced in place, or added before `>` / `/>`). */
export function setAttr(tag: string, name: string, rawValue: string): string {
  const span = findAttr(tag, name);
  if (span) return `${tag.slice(0, span.valueStart)}${rawValue}${tag.slice(span.valueEnd)}`;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${rawValue}"${tag.slice(close)}`;
}

/** The tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  const span = findAttr(tag, name);
  if (!span) return tag;
  let from = span.start;
  while (from > 0 && isSpace(tag.charCodeAt(from - 1))) from--;
  return tag.slice(0, from) + tag.slice(span.end);
}
