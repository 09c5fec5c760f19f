import { cyrillicLookAlikes } from "../text/cyrillicLookAlikes";

const APOSTROPHES = /[’ʼ`´‘']/g;
/** "відпові-\nдальні", "Отговор-на": a hyphen (or soft hyphen) at a line end, or before a lower-case rest. */
const HYPHENATION = /(\p{L})[-\u00ad‐‑]\s*\n\s*(\p{Ll})|(\p{L})\u00ad(\p{L})|(\p{Ll})[-‐‑]\s+(\p{Ll})/gu;
/** A word: letters, "з/п"-style abbreviations, "№" and "#"; or a comma or bracket (where modifiers start). */
const TOKEN = /[\p{L}\p{M}]+(?:\/[\p{L}\p{M}]+)*|№|#|[,(]/gu;
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

/** A label word and how much it counts: 1 in the head of the label, less in a modifier. */
export type LabelWord = { readonly text: string; readonly weight: number };

/**
 * A header label as a list of comparable words: NFC, lower case, hyphenation undone, apostrophes dropped
 * ("обов'язки" = "обовязки"), Latin look-alike letters inside Cyrillic words made Cyrillic, "ё" read as "е".
 * Digits and punctuation go ("(2024-2027 г.)" leaves "г"). Words after a comma, an opening bracket or a
 * preposition qualify the head and weigh less ("Статус на мярката" is a status; "Обсяг, тис. грн" an amount).
 */
export function labelWords(label: string): LabelWord[] {
  const text = label
    .normalize("NFC")
    .replace(HYPHENATION, (_, a, b, c, d, e, f) => `${a ?? c ?? e}${b ?? d ?? f}`)
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/ё/g, "е");
  const words: LabelWord[] = [];
  let weight = 1;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token === "," || token === "(") {
      if (words.length > 0) weight = MODIFIER_WEIGHT;
      continue;
    }
    words.push({ text: cyrillicLookAlikes(token), weight });
    if (PREPOSITIONS.has(token) && words.length > 1) weight = MODIFIER_WEIGHT;
  }
  return words;
}
