import type { ExecutorEntry } from "../roster";
import { transliterate } from "../names";

/**
 * How well a file name fits an executor: the name's words (transliterated) that the file name spells out
 * or abbreviates ("gunp_luhanska_oblast" ~ "Луганській області"), plus one for an acronym of the name
 * ("dszn" ~ "Департамент соціального захисту населення"). A tie-breaker when the reported rows alone cannot
 * tell two executors apart (a body and the ministry named beside it on every row).
 */
export function fileNameScore(fileName: string, entry: ExecutorEntry, prefer: "uk" | "bg"): number {
  const fileWords = words(transliterate(fileName.replace(/\.[a-z0-9]+$/i, ""), prefer));
  if (fileWords.length === 0) return 0;
  let best = 0;
  for (const name of [entry.name, ...entry.aliases]) {
    const nameWords = words(transliterate(name, prefer)).filter((word) => word.length >= 3);
    const matched = nameWords.filter((word) => fileWords.some((token) => similarWords(token, word))).length;
    const acronym = nameWords.map((word) => word.charAt(0)).join("");
    const abbreviates = fileWords.some(
      (token) => token.length >= 3 && acronym.length >= 3 && acronym.startsWith(token),
    );
    best = Math.max(best, matched + (abbreviates ? 1 : 0));
  }
  return best;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

function similarWords(token: string, word: string): boolean {
  if (token === word) return true;
  if (token.length >= 4 && word.startsWith(token)) return true;
  if (word.length >= 4 && token.startsWith(word)) return true;
  let common = 0;
  while (common < token.length && token[common] === word[common]) common++;
  return common >= 5;
}
