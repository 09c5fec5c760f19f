import { collapseSpace, type ExecutorEntry, slug } from "../../../engine";

/**
 * The coordinator's corrections to the list of executors, as pure functions over the entries. A name is
 * matched in the plan's responsible cells by its name and aliases, so a corrected name keeps the old one as
 * an alias (the plan still writes it that way) and a merged entry keeps both names.
 */
export type Entries = readonly ExecutorEntry[];

const same = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();
const clean = (text: string): string => collapseSpace(text).trim();

/** Distinct names in order, without `except` (the entry's own name). */
function distinct(names: readonly string[], except: string): string[] {
  const out: string[] = [];
  for (const name of names.map(clean))
    if (name !== "" && !same(name, except) && !out.some((n) => same(n, name))) out.push(name);
  return out;
}

export function renameEntry(entries: Entries, id: string, name: string): Entries {
  const next = clean(name);
  if (next === "") return entries;
  return entries.map((e) =>
    e.id === id ? { ...e, name: next, aliases: distinct([...e.aliases, e.name], next) } : e,
  );
}

export function addAlias(entries: Entries, id: string, alias: string): Entries {
  return entries.map((e) => (e.id === id ? { ...e, aliases: distinct([...e.aliases, alias], e.name) } : e));
}

export function removeAlias(entries: Entries, id: string, alias: string): Entries {
  return entries.map((e) => (e.id === id ? { ...e, aliases: e.aliases.filter((a) => a !== alias) } : e));
}

/** `dropId` becomes part of `keepId`: its name and aliases become aliases; "(за згодою)" if either is. */
export function mergeEntries(entries: Entries, keepId: string, dropId: string): Entries {
  const drop = entries.find((e) => e.id === dropId);
  if (drop === undefined || keepId === dropId || !entries.some((e) => e.id === keepId)) return entries;
  return entries
    .filter((e) => e.id !== dropId)
    .map((e) =>
      e.id === keepId
        ? {
            ...e,
            aliases: distinct([...e.aliases, drop.name, ...drop.aliases], e.name),
            byConsent: e.byConsent || drop.byConsent,
          }
        : e,
    );
}

/** A new executor (ignored when the name is blank or already someone's name or alias). */
export function addEntry(entries: Entries, name: string, language: "uk" | "bg"): Entries {
  const next = clean(name);
  if (next === "" || entries.some((e) => [e.name, ...e.aliases].some((n) => same(n, next)))) return entries;
  const base = slug(next, language) || "executor";
  const taken = new Set(entries.map((e) => e.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return [
    ...entries,
    { id, name: next, aliases: [], file: null, byConsent: /за згодою|по съгласие/iu.test(next) },
  ];
}

export function removeEntry(entries: Entries, id: string): Entries {
  return entries.filter((e) => e.id !== id);
}
