/** Closing marks of each opening bracket or quote; „ closes with “ (bg) or ” (uk). */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ["(", ")"],
  ["[", "]"],
  ["«", "»"],
  ["„", "“”"],
  ["“", "”"],
  ['"', '"'],
]);
const MARKS = /[()[\]«»„“”"]/g;
/** How far down the stack a closer looks for its opener; keeps runs of stray marks linear. */
const MAX_LOOKBACK = 8;

/**
 * For each position holding an opening bracket or quote that is closed later, the position of its closer;
 * -1 elsewhere. Unclosed openers ("(за згодою" at the end of a cell) stay -1, so they protect nothing.
 * Only the bracket and quote characters are visited (a regex scan), so plain text costs next to nothing.
 */
export function matchBrackets(text: string): Int32Array {
  const closeAt = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  MARKS.lastIndex = 0;
  for (let match = MARKS.exec(text); match !== null; match = MARKS.exec(text)) {
    const i = match.index;
    const ch = match[0];
    const depth = findOpener(text, open, ch);
    if (depth >= 0) {
      closeAt[open[depth] ?? 0] = i;
      open.length = depth;
    } else if (CLOSERS.has(ch)) {
      open.push(i);
    }
  }
  return closeAt;
}

/** Index in `open` of the innermost opener that `ch` closes, or -1. Openers inside it are left unclosed. */
function findOpener(text: string, open: readonly number[], ch: string): number {
  for (let depth = open.length - 1; depth >= Math.max(0, open.length - MAX_LOOKBACK); depth--) {
    const opener = text[open[depth] ?? 0] ?? "";
    if ((CLOSERS.get(opener) ?? "").includes(ch)) return depth;
  }
  return -1;
}
