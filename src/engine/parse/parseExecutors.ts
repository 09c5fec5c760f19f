import { collapseSpace } from "../text/collapseSpace";
import { pluralHeads } from "./executorKeywords";
import { matchBrackets } from "./matchBrackets";
import { readExecutorItem, tidyName } from "./readExecutorItem";
import { splitExecutorItems } from "./splitExecutorItems";
import { startsNewBody } from "./startsNewBody";

/** A responsible body named in a plan: `raw` is its list item as written in the cell. */
export type Executor = { name: string; raw: string; byConsent: boolean; abbreviation: string | null };

/** "Департаменти облдержадміністрації:" gives each item "Департамент <item> облдержадміністрації". */
type Compound = { head: string; owner: string };
type CompoundStart = { compound: Compound; firstItem: string };

/**
 * The bodies of a responsible cell, in order (see splitExecutorItems for the splitting rules). Compound
 * lists ("Департаменти облдержадміністрації: освіти і науки; охорони здоров’я") become one body per item.
 * With `abbreviations`, an item that is exactly a known abbreviation ("ВЦА") gets its full name.
 */
export function parseExecutors(text: string, abbreviations?: ReadonlyMap<string, string>): Executor[] {
  const executors: Executor[] = [];
  let compound: Compound | null = null;
  for (const item of splitExecutorItems(text)) {
    let raw = text.slice(item.start, item.end).trim();
    if (item.separator !== ";" || !continuesCompound(raw)) compound = null;
    const opened: CompoundStart | null = compound === null ? openCompound(raw) : null;
    if (opened !== null) {
      compound = opened.compound;
      raw = opened.firstItem;
    }
    const parts = readExecutorItem(raw);
    if (parts === null) continue;
    const name =
      compound === null ? parts.name : tidyName(`${compound.head} ${parts.name} ${compound.owner}`);
    const full = parts.abbreviation === null ? abbreviations?.get(name) : undefined;
    executors.push(
      full === undefined ? { ...parts, name, raw } : { ...parts, name: full, raw, abbreviation: name },
    );
  }
  return executors;
}

/** A compound head at the start of an item ("Департаменти облдержадміністрації: освіти і науки"). */
function openCompound(raw: string): CompoundStart | null {
  const colon = topLevelColon(raw);
  if (colon < 0) return null;
  const [first = "", ...owner] = collapseSpace(raw.slice(0, colon)).split(" ");
  const singular = pluralHeads.get(first.toLowerCase());
  if (singular === undefined) return null;
  const head = first.charAt(0) === first.charAt(0).toLowerCase() ? singular : capitalise(singular);
  return { compound: { head, owner: owner.join(" ") }, firstItem: raw.slice(colon + 1).trim() };
}

/** A compound item starts in lower case ("освіти і науки") or with a quoted name („Култура“). */
function continuesCompound(raw: string): boolean {
  return /^[«„“"]/.test(raw) || !startsNewBody("", raw, ",");
}

function topLevelColon(text: string): number {
  const closeAt = matchBrackets(text);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ":") return i;
    i = Math.max(i, closeAt[i] ?? -1);
  }
  return -1;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
