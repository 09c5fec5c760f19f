import { cyrillicLookAlikes } from "../../text/cyrillicLookAlikes";
/** The words of a measure text, folded so that wording noise does not matter; see {@link measureWords}. */
export type MeasureWords = { readonly normalized: string; readonly words: ReadonlySet<string> };

// A leading "1)", "2.", "1.1", "1.1.1." or "а)" number token.
const LEADING_NUMBER = /^[\s\u00a0]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zа-яіїєґ]\))(?=[\s\u00a0]|\p{L}|$)/u;
const APOSTROPHES = /[’ʼ`´‘']/g;
const SOFT_HYPHEN = /\u00ad/g;
// "житло-во-комунального": a hyphen between two letters is hyphenation noise or a compound; dropped.
const INNER_HYPHEN = /(?<=\p{L})[-‐‑](?=\p{L})/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Folds a measure text for matching: Unicode NFC, lower case, apostrophes and quotes dropped, hyphenation
 * and spacing noise gone, Latin look-alike letters inside Cyrillic words made Cyrillic, punctuation
 * ignored, and the leading number token removed. `normalized` is the word sequence, `words` its set.
 */
export function measureWords(text: string): MeasureWords {
  const folded = text
    .normalize("NFC")
    .toLowerCase()
    .replace(LEADING_NUMBER, "")
    .replace(SOFT_HYPHEN, "")
    .replace(APOSTROPHES, "")
    .replace(INNER_HYPHEN, "");
  const words = folded.match(WORD) ?? [];
  const mixed = CYRILLIC.test(folded) && /[a-z]/.test(folded);
  const list = mixed ? words.map(cyrillicLookAlikes) : words;
  return { normalized: list.join(" "), words: new Set(list) };
}

/** Jaccard index of two word sets: shared words / all words (1 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
