import { matchBrackets } from "./matchBrackets";
import { startsNewBody, type Separator } from "./startsNewBody";

/** One list item of a responsible cell: `text.slice(start, end)`, and the separator before it. */
export type ExecutorItem = { start: number; end: number; separator: Separator | null };

/** Characters either side of a separator that startsNewBody needs to see. */
const CONTEXT = 60;
const CONJUNCTION = /\s+(?:и|і|й|та|and)\s+/uy;
const STRENGTH = { ";": 3, ",": 2, "\n": 1 } as const;

/**
 * Splits a responsible cell into list items on ";", "," and line breaks, never inside brackets or quotes.
 * A comma, a line break or a conjunction ("и", "та", "and") separates only when what follows starts another
 * body (see startsNewBody).
 */
export function splitExecutorItems(text: string): ExecutorItem[] {
  const closeAt = matchBrackets(text);
  const items: ExecutorItem[] = [];
  let current: ExecutorItem = { start: 0, end: 0, separator: null };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    const closer = closeAt[i] ?? -1;
    if (closer >= 0) {
      i = closer + 1;
      continue;
    }
    CONJUNCTION.lastIndex = i;
    const wordEnds = /\s/.test(ch) && !/\s/.test(text[i - 1] ?? " ");
    const conjunction = wordEnds ? CONJUNCTION.exec(text) : null;
    if (conjunction !== null) {
      const after = i + conjunction[0].length;
      const before = text.slice(Math.max(current.start, i - 4 * CONTEXT), i);
      if (startsNewBody(before, text.slice(after, after + CONTEXT), "and")) {
        items.push({ ...current, end: i });
        current = { start: after, end: after, separator: "and" };
      }
      i = after;
      continue;
    }
    if (!isSeparator(ch)) {
      i += 1;
      continue;
    }
    current.end = i;
    let separator: ";" | "," | "\n" = ch;
    for (i += 1; i < text.length && /[\s;,]/.test(text[i] ?? ""); i++) {
      const next = text[i] ?? "";
      if (isSeparator(next) && STRENGTH[next] > STRENGTH[separator]) separator = next;
    }
    const gap: ExecutorItem = { start: i, end: i, separator };
    const before = text.slice(Math.max(current.start, current.end - CONTEXT), current.end);
    if (separator === ";" || startsNewBody(before, text.slice(i, i + CONTEXT), separator)) {
      items.push(current);
      current = gap;
    }
  }
  current.end = text.length;
  items.push(current);
  return items;
}

function isSeparator(ch: string): ch is ";" | "," | "\n" {
  return ch === ";" || ch === "," || ch === "\n";
}
