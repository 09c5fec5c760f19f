// Reads a table back from a PDF's words (pdftotext -bbox): which words are in which column, row by row,
// across pages, the header repeated on each page left out.
import type { Page, Word } from "./pdf";

export type Token = Word & { page: number };

/** A page's words in reading order: by line (top), then left to right. */
export function readingOrder(words: readonly Word[]): Word[] {
  return [...words].sort((a, b) => (Math.abs(a.y0 - b.y0) > 2 ? a.y0 - b.y0 : a.x0 - b.x0));
}

/** A page's text in reading order, words joined by spaces. */
export function pageText(page: Page): string {
  return readingOrder(page.words)
    .map((w) => w.text)
    .join(" ");
}

/** The words of the first line (reading order) that starts with `label`'s words, left to right. */
export function lineOf(page: Page, label: string): Word[] {
  const parts = label.split(/\s+/);
  for (const start of readingOrder(page.words).filter((w) => w.text === parts[0])) {
    const line = page.words.filter((w) => Math.abs(w.y0 - start.y0) <= 2 && w.x0 >= start.x0 - 0.5);
    line.sort((x, y) => x.x0 - y.x0);
    if (parts.every((part, i) => line[i]?.text === part)) return line;
  }
  return [];
}

/**
 * A table's words by column, across the pages from `firstPage`: each word above the footer (the page's last
 * `footer` points) goes to the column it starts in (`edgesOf`: the columns' left edges and the table's
 * right edge on that page). Lines of the rows written across the table (parts, goals: `headings`, their text)
 * are left out: a line that starts at the table's left edge and is part of one of them. So is each column's
 * label where it heads the column on a page (the header repeated on every page).
 */
export function readTable(
  pages: readonly Page[],
  edgesOf: (page: Page) => readonly number[],
  labels: readonly string[],
  headings: readonly string[],
  firstPage: number,
  footer = 40,
): Token[][] {
  const across = headings.map(strip);
  const columns: Token[][] = labels.map(() => []);
  pages.forEach((page, p) => {
    if (p < firstPage) return;
    const edges = edgesOf(page);
    const left = edges[0]!;
    const right = edges[edges.length - 1]!;
    const body = page.words.filter(
      (w) => w.y1 < page.height - footer && w.x0 >= left - 2 && w.x1 <= right + 2,
    );
    const lines = new Map<number, Word[]>();
    for (const w of body) {
      const key = [...lines.keys()].find((y) => Math.abs(y - w.y0) <= 2) ?? w.y0;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    const skipped = new Set<Word>();
    for (const line of lines.values()) {
      line.sort((a, b) => a.x0 - b.x0);
      const text = strip(line.map((w) => w.text).join(""));
      if (line[0]!.x0 < left + 8 && across.some((heading) => heading.includes(text)))
        for (const w of line) skipped.add(w);
    }
    const kept = body.filter((w) => !skipped.has(w));
    const refined = [left, ...edges.slice(1, -1).map((edge) => gapNear(edge, kept)), right];
    const own: Token[][] = labels.map(() => []);
    for (const w of readingOrder(kept)) {
      // by where the word starts: a line's last word (a comma) may end right at the column's edge
      let column = -1;
      for (let k = 0; k < refined.length - 1; k++) if (w.x0 >= refined[k]! - 0.5) column = k;
      if (column >= 0) own[column]!.push({ ...w, page: p });
    }
    own.forEach((tokens, c) => columns[c]!.push(...withoutLabel(tokens, labels[c]!)));
  });
  return columns;
}

/**
 * The column edge near `edge` (within 4 points) that no word runs across: the middle of the widest run of
 * positions fewest words cross. Text in a sheet's cells comes within a point of the edge, so an edge
 * estimated from the column widths is set right by the gap between the columns' words.
 */
function gapNear(edge: number, words: readonly Word[]): number {
  const positions: { at: number; crossing: number }[] = [];
  for (let at = edge - 4; at <= edge + 4; at += 0.25)
    positions.push({ at, crossing: words.filter((w) => w.x0 < at - 0.2 && w.x1 > at + 0.2).length });
  const fewest = Math.min(...positions.map((p) => p.crossing));
  let best = { from: edge, to: edge };
  let run: { from: number; to: number } | null = null;
  for (const p of positions) {
    if (p.crossing !== fewest) {
      run = null;
      continue;
    }
    run = run === null ? { from: p.at, to: p.at } : { from: run.from, to: p.at };
    if (run.to - run.from >= best.to - best.from || best.from === edge) best = { ...run };
  }
  return (best.from + best.to) / 2;
}

/** A column's words on a page without its label at their head. */
function withoutLabel(tokens: readonly Token[], label: string): Token[] {
  const wanted = strip(label);
  let text = "";
  for (let i = 0; i < tokens.length; i++) {
    text += strip(tokens[i]!.text);
    if (text === wanted) return tokens.slice(i + 1);
    if (!wanted.startsWith(text)) break;
  }
  return [...tokens];
}

const strip = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, "");

/** A column's text with no whitespace, and the token each character came from. */
export function columnText(tokens: readonly Token[]): { text: string; at: Token[] } {
  let text = "";
  const at: Token[] = [];
  for (const token of tokens) {
    for (const ch of strip(token.text)) {
      text += ch;
      at.push(token);
    }
  }
  return { text, at };
}

/** (page, line) order of two tokens. */
export function before(a: { page: number; y0: number }, b: { page: number; y0: number }): boolean {
  return a.page < b.page || (a.page === b.page && a.y0 < b.y0 - 2);
}

/**
 * True when every word of `label` is on the page, a word poppler splits at a slash ("з/п" as "з", "/", "п")
 * counting as its pieces.
 */
export function showsLabel(page: Page, label: string): boolean {
  const words = new Set(page.words.map((w) => w.text));
  return label
    .split(/\s+/)
    .every(
      (word) => words.has(word) || word.split(/(\/)/).every((piece) => piece === "" || words.has(piece)),
    );
}
