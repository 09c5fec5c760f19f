import { readExecutorItem } from "../../parse/readExecutorItem";
import { foldedKey } from "./foldName";
import type { ExecutorEntry } from "../roster";

// "РУО-Русе", "ОД МВР-Русе", "ДБТ – Русе": an acronym, a dash, a place.
const ACRONYM_AT_PLACE = /^(.+?)\s*[-–—]\s*\p{Lu}\p{Ll}+$/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\s./]{2,16}$/u;
// "Управління культури (УКНРТ)": a short form in brackets.
const BRACKETED_ACRONYM = /\(\s*([\p{Lu}\s./-]{2,16})\s*\)/u;

/**
 * The folded keys an executor is recognised by in responsible cells: its name and aliases (consent marks
 * dropped), the acronym of "ACRONYM-Place" names ("РЗИ-Русе" is also "РЗИ"), a bracketed short form and the
 * name without it, and the plan's own abbreviations ("(далі – ВЦА)") in both directions. Keys shorter than two
 * characters are dropped: they would match anywhere.
 */
export function matchPatterns(entry: ExecutorEntry, abbreviations: ReadonlyMap<string, string>): string[] {
  const items = [entry.name, ...entry.aliases].map((name) => readExecutorItem(name));
  const names = items.map((item, i) => item?.name ?? [entry.name, ...entry.aliases][i] ?? "");
  const written = new Set<string>();
  for (const item of items)
    if (item?.abbreviation != null && ACRONYM.test(item.abbreviation)) written.add(item.abbreviation);
  for (const name of names) {
    written.add(name);
    const atPlace = ACRONYM_AT_PLACE.exec(name);
    if (atPlace !== null && ACRONYM.test(atPlace[1] ?? "")) written.add(atPlace[1] ?? "");
    const bracketed = BRACKETED_ACRONYM.exec(name);
    if (bracketed !== null && ACRONYM.test(bracketed[1] ?? "")) {
      written.add(bracketed[1] ?? "");
      written.add(name.replace(bracketed[0], " "));
    }
  }
  const keys = new Set([...written].map(foldedKey));
  for (const [short, full] of abbreviations) {
    const shortKey = foldedKey(short);
    const fullKey = foldedKey(full);
    if (keys.has(shortKey)) keys.add(fullKey);
    else if (keys.has(fullKey)) keys.add(shortKey);
  }
  return [...keys].filter((key) => key.length >= 2);
}
