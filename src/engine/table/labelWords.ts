import { cyrillicLookAlikes } from "../text/cyrillicLookAlikes";

const APOSTROPHES = /[’ʼ`´‘']/g;
/**
 * A word ("Срок/Период" is two), "з/п"-style abbreviations, "№" and "#"; a hyphen; a comma or bracket (where
 * modifiers start).
 */
const TOKEN = /[\p{L}\p{M}]{1,2}\/[\p{L}\p{M}]{1,2}(?![\p{L}\p{M}])|[\p{L}\p{M}]+|№|#|[-\u00ad‐‑]|[,(]/gu;
/** Prepositions after which words qualify the head noun: "Статус на мярката", "Source of funding". */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  ...[
    "на",
    "за",
    "по",
    "для",
    "про",
    "від",
    "щодо",
    "із",
    "з",
    "зі",
    "до",
    "при",
    "със",
    "с",
    "от",
    "о",
    "об",
  ],
  ...["of", "for", "on", "per", "under", "from", "to", "with", "by"],
]);
/** How much a word in a modifier counts against one in the head of the label. */
export const MODIFIER_WEIGHT = 0.5;
/** In an English noun phrase the last noun is the head: "Progress status" is a status. */
const ENGLISH_LEADING_WEIGHT = 0.75;

/** A label word and how much it counts: 1 in the head of the label, less in a modifier. */
export type LabelWord = { readonly text: string; readonly weight: number };

type Piece = { text: string; hyphenAfter: boolean; gap: boolean };

/**
 * A header label as a list of comparable words: NFC, lower case, apostrophes dropped ("обов'язки" =
 * "обовязки"), Latin look-alike letters inside Cyrillic words made Cyrillic, "ё" read as "е"; digits and
 * punctuation go ("(2024-2027 г.)" leaves "г").
 *
 * A word broken by a hyphen ("вико-нання", "Prog-\nress", "відпові- дальні") is glued back unless both halves are
 * words of their own that `isWord` knows ("Financing-amount" stays two words).
 *
 * Words after a comma, an opening bracket or a preposition qualify the head and weigh less ("Статус на мярката"
 * is a status; "Обсяг, тис. грн" an amount); in English, where the last noun of a phrase is its head, the words
 * before it weigh a little less ("Progress status" is a status).
 */
export function labelWords(label: string, isWord: (word: string) => boolean = () => false): LabelWord[] {
  const text = label.normalize("NFC").toLowerCase().replace(APOSTROPHES, "").replace(/ё/g, "е");
  const pieces: (Piece | "," | "(")[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index ?? 0;
    const previous = pieces[pieces.length - 1];
    if (token === "," || token === "(") pieces.push(token);
    else if (/^[-\u00ad‐‑]$/u.test(token)) {
      if (previous !== undefined && previous !== "," && previous !== "(" && at === lastEnd)
        previous.hyphenAfter = true;
    } else pieces.push({ text: cyrillicLookAlikes(token), hyphenAfter: false, gap: at > lastEnd });
    lastEnd = at + token.length;
  }
  const glued = glue(pieces, isWord);
  return weigh(glued);
}

/** Joins the halves of hyphenated words that are not two words of their own. */
function glue(
  pieces: readonly (Piece | "," | "(")[],
  isWord: (word: string) => boolean,
): (string | "," | "(")[] {
  const out: (string | "," | "(")[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === undefined) continue;
    if (piece === "," || piece === "(") {
      out.push(piece);
      continue;
    }
    let word = piece.text;
    let current = piece;
    while (current.hyphenAfter) {
      const next = pieces[i + 1];
      if (next === undefined || next === "," || next === "(") break;
      if (isWord(word) && isWord(next.text)) break;
      word += next.text;
      current = next;
      i++;
    }
    out.push(word);
  }
  return out;
}

function weigh(tokens: readonly (string | "," | "(")[]): LabelWord[] {
  const words: LabelWord[] = [];
  let weight = 1;
  let headEnd = -1;
  for (const token of tokens) {
    if (token === "," || token === "(") {
      if (words.length > 0 && weight === 1) headEnd = words.length;
      if (words.length > 0) weight = MODIFIER_WEIGHT;
      continue;
    }
    words.push({ text: token, weight });
    if (PREPOSITIONS.has(token) && words.length > 1 && weight === 1) {
      headEnd = words.length - 1;
      weight = MODIFIER_WEIGHT;
    }
  }
  if (headEnd < 0) headEnd = words.length;
  const head = words.slice(0, headEnd).filter((w) => !PREPOSITIONS.has(w.text));
  if (head.length > 1 && head.every((w) => /^[a-z]+$/.test(w.text))) {
    for (let i = 0; i < headEnd - 1; i++) {
      const word = words[i];
      if (word !== undefined) words[i] = { text: word.text, weight: word.weight * ENGLISH_LEADING_WEIGHT };
    }
  }
  return words;
}
