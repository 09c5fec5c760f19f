import {
  boundPhrases,
  continuousPhrases,
  continuousWords,
  recurrencePhrases,
  recurrenceWords,
  type Bound,
  type Recurrence,
} from "./deadlineKeywords";
import { isValidDay, isoDay } from "./isoDay";
import { monthNames, monthUnitWords } from "./monthNames";
import {
  conjunctionWords,
  fillerWords,
  halfYearWords,
  ordinalWords,
  partOfYearWords,
  quarterWords,
  romanNumerals,
  seasonWords,
} from "./periodWords";
import { joinHyphenatedWords } from "./joinHyphenatedWords";
import type { DeadlineToken } from "./tokenizeDeadline";

/**
 * A deadline reduced to symbols: `n2025` number, `r11` Roman numeral, `m7` month, `M2025-07` month of a year,
 * `U` month unit ("м.", "місяць"), `q` quarter word, `h` half-year word, `s2` season (1 spring … 3 autumn),
 * `d2021-12-31` date, `by` / `from` /
 * `to` bounds, `-` and `,` separators, `?` anything unknown. `continuous` when the deadline runs all the time,
 * with `recurrence` when it comes back every year, quarter, month …
 */
export type DeadlineSymbols = { continuous: boolean; recurrence: Recurrence | null; symbols: string[] };

type Meaning = Bound | "continuous" | Recurrence;
const phrasesByFirstWord = new Map<string, (readonly [readonly string[], Meaning])[]>();
for (const entry of [
  ...continuousPhrases.map((p) => [p, "continuous"] as const),
  ...boundPhrases,
  ...recurrencePhrases,
]) {
  const first = entry[0][0] ?? "";
  phrasesByFirstWord.set(first, [...(phrasesByFirstWord.get(first) ?? []), entry]);
}
for (const list of phrasesByFirstWord.values()) list.sort((a, b) => b[0].length - a[0].length);
const BOUNDS: ReadonlySet<string> = new Set(["by", "from", "to"]);

/** Every word the catalogues know: a hyphenated word is glued back only when it becomes one of these. */
export const knownWords: ReadonlySet<string> = new Set([
  ...continuousWords,
  ...recurrenceWords.keys(),
  ...monthNames.keys(),
  ...monthUnitWords,
  ...quarterWords,
  ...halfYearWords,
  ...seasonWords.keys(),
  ...partOfYearWords.keys(),
  ...ordinalWords.keys(),
  ...fillerWords,
  ...[...phrasesByFirstWord.values()].flat().flatMap(([words]) => words),
]);

export function toDeadlineSymbols(tokens: readonly DeadlineToken[]): DeadlineSymbols {
  const words = joinHyphenatedWords(tokens, knownWords);
  const symbols: string[] = [];
  let continuous = false;
  let recurrence: Recurrence | null = null;
  for (let i = 0; i < words.length; i++) {
    const token = words[i];
    if (token === undefined) continue;
    if (token.type !== "word") {
      symbols.push(nonWordSymbol(token));
      continue;
    }
    const phrase = matchPhrase(words, i);
    if (phrase !== null) {
      i += phrase.length - 1;
      if (BOUNDS.has(phrase.meaning)) symbols.push(phrase.meaning);
      else if (phrase.meaning === "continuous") continuous = true;
      else recurrence ??= phrase.meaning as Recurrence;
      continue;
    }
    const every = recurrenceWords.get(token.text);
    if (every !== undefined) {
      recurrence ??= every;
      continue;
    }
    if (continuousWords.has(token.text)) {
      continuous = true;
      continue;
    }
    const part = partOfYearWords.get(token.text);
    if (part !== undefined) {
      symbols.push(...part);
      // "mid-2026": the dash joins the part to its year, it does not start a span.
      if (words[i + 1]?.type === "dash") i++;
      continue;
    }
    const symbol = wordSymbol(token.text, words[i - 1], words[i + 1], symbols[symbols.length - 1]);
    if (symbol !== null) symbols.push(symbol);
  }
  return { continuous: continuous || recurrence !== null, recurrence, symbols: tidy(symbols) };
}

function matchPhrase(
  words: readonly DeadlineToken[],
  at: number,
): { meaning: Meaning; length: number } | null {
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
  if (token.type === "slash") return "/";
  if (token.type === "comma") return ",";
  if (token.type === "iso" || token.type === "date") return dateSymbol(token);
  if (token.type === "monthYear") return monthYearSymbol(token.text);
  return "?";
}

/**
 * `d2021-12-31` for "31.12.2021", "31/12/21", "31-12-2021" or "2021-12-31" ("12/31/2021", month first, when the
 * first part cannot be a month); `?` for an impossible day.
 */
function dateSymbol(token: DeadlineToken): string {
  const parts = token.text.split(/[./-]/).map(Number);
  const ordered = token.type === "iso" ? [parts[2], parts[1], parts[0]] : parts;
  let [day, month] = ordered;
  const rawYear = ordered[2];
  if (day === undefined || month === undefined || rawYear === undefined) return "?";
  const yearText = token.type === "iso" ? "" : (token.text.split(/[./-]/)[2] ?? "");
  if (yearText.length === 3) return "?";
  const year = yearText.length === 2 ? (rawYear < 70 ? 2000 + rawYear : 1900 + rawYear) : rawYear;
  if (token.type !== "iso" && month > 12 && day <= 12) [day, month] = [month, day];
  return isValidDay(year, month, day) ? `d${isoDay(year, month, day)}` : "?";
}

/** `M2025-12` for "12.2025", "12/2025" or "2025-12"; `?` for a month that does not exist. */
function monthYearSymbol(text: string): string {
  const parts = text.split(/[./-]/).map(Number);
  const [month = 0, year = 0] = text.includes("-") ? [parts[1], parts[0]] : parts;
  return month >= 1 && month <= 12 ? `M${year}-${String(month).padStart(2, "0")}` : "?";
}

/** Symbol of one word, or null for a filler word that carries no meaning. */
function wordSymbol(
  word: string,
  previous: DeadlineToken | undefined,
  next: DeadlineToken | undefined,
  lastSymbol: string | undefined,
): string | null {
  const month = monthNames.get(word);
  if (month !== undefined) return `m${month}`;
  if (monthUnitWords.has(word)) return "U";
  if (quarterWords.has(word)) return "q";
  if (halfYearWords.has(word)) return "h";
  const season = seasonWords.get(word);
  if (season !== undefined) return `s${season}`;
  const ordinal = ordinalWords.get(word);
  if (ordinal !== undefined) return `n${ordinal}`;
  const roman = romanNumerals.get(romanLetters(word));
  if (roman !== undefined && (word.length > 1 || numeralContext(previous, next, lastSymbol)))
    return `r${roman}`;
  if (conjunctionWords.has(word)) return ",";
  if (fillerWords.has(word)) return null;
  const abbreviated = monthByPrefix(word);
  return abbreviated === null ? "?" : `m${abbreviated}`;
}

/**
 * A month named by the start of its name ("листоп.", "верес", "ноем."): the one month whose names start with
 * the word, or null when none or several do (the word must have three letters or more).
 */
function monthByPrefix(word: string): number | null {
  if (word.length < 3) return null;
  let found: number | null = null;
  for (const [name, month] of monthNames) {
    if (!name.startsWith(word)) continue;
    if (found !== null && found !== month) return null;
    found = month;
  }
  return found;
}

/** Cyrillic look-alikes of Roman digits ("ІІ", "ХІ") read as Latin. */
function romanLetters(word: string): string {
  return /^[ivxіх]+$/u.test(word) ? word.replace(/і/g, "i").replace(/х/g, "x") : word;
}

/**
 * A lone "і"/"i"/"v"/"x" is a numeral only next to a quarter or half-year word, a dash, a year or a month unit
 * ("І квартал", "м. V – VI 2027", "I.2025"); otherwise "і" is the conjunction "and".
 */
function numeralContext(
  previous: DeadlineToken | undefined,
  next: DeadlineToken | undefined,
  lastSymbol: string | undefined,
): boolean {
  const nextWord = next?.type === "word" ? next.text : "";
  if (next?.type === "dash" || quarterWords.has(nextWord) || halfYearWords.has(nextWord)) return true;
  if (next?.type === "number" && Number(next.text) >= 1900) return true;
  return lastSymbol === "U" || previous?.type === "dash";
}

/** Drops repeated bounds ("до кінця" + "края"), a slash except between two years, leading or trailing commas. */
function tidy(symbols: readonly string[]): string[] {
  const out: string[] = [];
  symbols.forEach((s, i) => {
    if (s === "by" && symbols[i - 1] === "by") return;
    // "м. ноември 2024": the month unit before a month's name says nothing more.
    if (s === "U" && symbols[i + 1]?.startsWith("m") === true) return;
    // "by end-Nov 2024", "до кінця -": a dash right after a bound joins nothing.
    if (s === "-" && (BOUNDS.has(out[out.length - 1] ?? "") || out.length === 0)) return;
    if (s === "/") {
      if (isYearSymbol(symbols[i - 1]) && isYearSymbol(symbols[i + 1])) out.push("-");
      return;
    }
    out.push(s);
  });
  if (out[0] === "to") out[0] = "by";
  while (out[0] === ",") out.shift();
  while (out[out.length - 1] === ",") out.pop();
  return out;
}

function isYearSymbol(symbol: string | undefined): boolean {
  return symbol !== undefined && /^n(19|20)\d\d$/.test(symbol);
}
