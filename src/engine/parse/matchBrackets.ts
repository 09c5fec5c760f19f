/** Closing marks of each opening bracket or quote; „ closes with “ (bg) or ” (uk). */
const CLOSERS: Readonly<Record<string, string>> = {
  "(": ")",
  "[": "]",
  "«": "»",
  "„": "“”",
  "“": "”",
  '"': '"',
};
const CLOSING_MARKS = new Set(Object.values(CLOSERS).join(""));
/** How far down the stack a closer looks for its opener; keeps runs of stray marks linear. */
const MAX_LOOKBACK = 8;

/**
 * For each position holding an opening bracket or quote that is closed later, the position of its closer;
 * -1 elsewhere. Unclosed openers ("(за згодою" at the end of a cell) stay -1, so they protect nothing.
 */
export function matchBrackets(text: string): number[] {
  const closeAt = new Array<number>(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const depth = CLOSING_MARKS.has(ch) ? findOpener(text, open, ch) : -1;
    if (depth >= 0) {
      closeAt[open[depth] ?? 0] = i;
      open.length = depth;
    } else if (ch in CLOSERS) {
      open.push(i);
    }
  }
  return closeAt;
}

/** Index in `open` of the innermost opener that `ch` closes, or -1. Openers inside it are left unclosed. */
function findOpener(text: string, open: readonly number[], ch: string): number {
  for (let depth = open.length - 1; depth >= Math.max(0, open.length - MAX_LOOKBACK); depth--) {
    const opener = text[open[depth] ?? 0] ?? "";
    if ((CLOSERS[opener] ?? "").includes(ch)) return depth;
  }
  return -1;
}
