import { parseExecutors } from "./parseExecutors";

/**
 * Abbreviations defined in responsible cells ("військово-цивільні адміністрації (далі – ВЦА)") → full name
 * (the item text before the definition). The first definition of an abbreviation wins.
 */
export function collectAbbreviations(texts: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const executor of parseExecutors(text)) {
      if (executor.abbreviation !== null && !found.has(executor.abbreviation)) {
        found.set(executor.abbreviation, executor.name);
      }
    }
  }
  return found;
}
