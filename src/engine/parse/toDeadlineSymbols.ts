import { boundPhrases, continuousPhrases, continuousWords, type Bound } from "./deadlineKeywords";
import { isValidDay, isoDay } from "./isoDay";
import { monthNames } from "./monthNames";
import {
  conjunctionWords,
  fillerWords,
  halfYearWords,
  ordinalWords,
  quarterWords,
  romanNumerals,
} from "./periodWords";
import { joinHyphenatedWords } from "./joinHyphenatedWords";
import type { DeadlineToken } from "./tokenizeDeadline";

/**
 * A deadline reduced to symbols: `n2025` number, `m7` month, `q` quarter word, `h` half-year word,
 * `d2021-12-31` date, `by` / `from` / `to` bounds, `-` and `,` separators, `?` anything unknown.
 */
export type DeadlineSymbols = { continuous: boolean; symbols: string[] };

const phrasesByFirstWord = new Map<string, (readonly [readonly string[], Bound | "continuous"])[]>();
for (const entry of [...continuousPhrases.map((p) => [p, "continuous"] as const), ...boundPhrases]) {
  const first = entry[0][0] ?? "";
  phrasesByFirstWord.set(first, [...(phrasesByFirstWord.get(first) ?? []), entry]);
}
for (const list of phrasesByFirstWord.values()) list.sort((a, b) => b[0].length - a[0].length);

/** Every word the catalogues know: a hyphenated word is glued back only when it becomes one of these. */
export const knownWords: ReadonlySet<string> = new Set([
  ...continuousWords,
  ...monthNames.keys(),
  ...quarterWords,
  ...halfYearWords,
  ...ordinalWords.keys(),
  ...fillerWords,
  ...[...phrasesByFirstWord.values()].flat().flatMap(([words]) => words),
]);

export function toDeadlineSymbols(tokens: readonly DeadlineToken[]): DeadlineSymbols {
  const words = joinHyphenatedWords(tokens, knownWords);
  const symbols: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const token = words[i];
    if (token === undefined) continue;
    if (token.type !== "word") {
      symbols.push(nonWordSymbol(token));
      continue;
    }
    const phrase = matchPhrase(words, i);
    if (phrase !== null) {
      if (phrase.meaning === "continuous") return { continuous: true, symbols };
      symbols.push(phrase.meaning);
      i += phrase.length - 1;
      continue;
    }
    if (continuousWords.has(token.text)) return { continuous: true, symbols };
    const symbol = wordSymbol(token.text, words[i + 1]);
    if (symbol !== null) symbols.push(symbol);
  }
  return { continuous: false, symbols: tidy(symbols) };
}

function matchPhrase(
  words: readonly DeadlineToken[],
  at: number,
): { meaning: Bound | "continuous"; length: number } | null {
  for (const [phrase, meaning] of phrasesByFirstWord.get(words[at]?.text ?? "") ?? []) {
    if (phrase.every((word, k) => words[at + k]?.type === "word" && words[at + k]?.text === word)) {
      return { meaning, length: phrase.length };
    }
  }
  return null;
}

function nonWordSymbol(token: DeadlineToken): string {
  if (token.type === "number") return `n${Number(token.text)}`;
  if (token.type === "dash") return "-";
  if (token.type === "comma") return ",";
  if (token.type === "iso" || token.type === "date") return dateSymbol(token);
  return "?";
}

/** `d2021-12-31` for "31.12.2021", "31/12/21" or "2021-12-31"; `?` for an impossible day. */
function dateSymbol(token: DeadlineToken): string {
  const parts = token.text.split(/[./-]/).map(Number);
  const [day, month, rawYear] = token.type === "iso" ? [parts[2], parts[1], parts[0]] : parts;
  if (day === undefined || month === undefined || rawYear === undefined) return "?";
  const yearText = token.type === "iso" ? "" : (token.text.split(/[./]/)[2] ?? "");
  if (yearText.length === 3) return "?";
  const year = yearText.length === 2 ? (rawYear < 70 ? 2000 + rawYear : 1900 + rawYear) : rawYear;
  return isValidDay(year, month, day) ? `d${isoDay(year, month, day)}` : "?";
}

/** Symbol of one word, or null for a filler word that carries no meaning. */
function wordSymbol(word: string, next: DeadlineToken | undefined): string | null {
  const month = monthNames.get(word);
  if (month !== undefined) return `m${month}`;
  if (quarterWords.has(word)) return "q";
  if (halfYearWords.has(word)) return "h";
  const ordinal = ordinalWords.get(word);
  if (ordinal !== undefined) return `n${ordinal}`;
  const roman = romanNumerals.get(word.replace(/і/g, "i"));
  // A lone "і"/"i" is the conjunction "and" unless a quarter, a half-year or a dash follows it.
  const nextWord = next?.type === "word" ? next.text : "";
  const numeralContext = next?.type === "dash" || quarterWords.has(nextWord) || halfYearWords.has(nextWord);
  if (roman !== undefined && (word.length > 1 || numeralContext)) return `n${roman}`;
  if (conjunctionWords.has(word)) return ",";
  if (fillerWords.has(word)) return null;
  return "?";
}

/** Drops repeated bounds ("до кінця" + "края") and leading or trailing commas. */
function tidy(symbols: readonly string[]): string[] {
  const out = symbols.filter((s, i) => !(s === "by" && symbols[i - 1] === "by"));
  while (out[0] === ",") out.shift();
  while (out[out.length - 1] === ",") out.pop();
  return out;
}
