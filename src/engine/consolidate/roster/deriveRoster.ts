import type { Plan } from "../../plan/Plan";
import { compositeNames, deletionNeighbourhood, foldedKey, slug } from "../names";
import { planLanguage } from "../template";
import type { ExecutorEntry, Roster } from "./Roster";

type Group = {
  key: string;
  first: number;
  count: number;
  byConsent: boolean;
  spellings: Map<string, number>;
};

const ACRONYM_AT_PLACE = /^([\p{Lu}\s./]{2,16}?)\s*[-–—]\s*\p{Lu}\p{Ll}+$/u;

/**
 * The executors a plan names, from its responsible cells (as the plan parser split them: lists split,
 * compound lists expanded, abbreviations the plan defines spelled out). Spellings that fold to the same key
 * ("ОД МВР-Русе" / "ОДМВР-Русе", "житло-во-комунального") are one executor; so are a spelling one typo
 * away from a more frequent one ("Общин Русе" → "Община Русе") and "ACRONYM-Place" beside a bare
 * "ACRONYM" ("РЗИ -Русе" → "РЗИ"). Names that are only other names run together ("община Русе НПО") are
 * dropped. A written, capitalised, frequent spelling names the executor; the others become aliases.
 */
export function deriveRoster(plan: Plan): Roster {
  const groups = new Map<string, Group>();
  let order = 0;
  const keys = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const measure of sheet.measures) {
      for (const body of measure.responsible) {
        const key = keys.get(body.name) ?? foldedKey(body.name);
        keys.set(body.name, key);
        if (key.length < 2) continue;
        const group = groups.get(key) ?? {
          key,
          first: order++,
          count: 0,
          byConsent: false,
          spellings: new Map(),
        };
        group.count++;
        group.byConsent ||= body.byConsent;
        group.spellings.set(body.name, (group.spellings.get(body.name) ?? 0) + 1);
        if (body.abbreviation !== null) group.spellings.set(body.abbreviation, 0);
        groups.set(key, group);
      }
    }
  }
  const merged = mergeVariants(groups);
  const composite = compositeNames(new Map(merged.map((g) => [g.key, [...g.spellings.keys()][0] ?? g.key])));
  const language = planLanguage(plan);
  const taken = new Set<string>();
  const entries: ExecutorEntry[] = merged
    .filter((group) => !composite.has(group.key))
    .map((group) => {
      const spellings = [...group.spellings].sort(bySpelling).map(([name]) => name);
      const name = spellings[0] ?? group.key;
      return {
        id: uniqueId(slug(name, language === "bg" ? "bg" : "uk") || "executor", taken),
        name,
        aliases: spellings.slice(1),
        file: null,
        byConsent: group.byConsent,
      };
    });
  return { entries, source: "plan" };
}

/** Folds typo spellings and "ACRONYM-Place" into their more frequent / bare forms; keeps first-seen order. */
function mergeVariants(groups: Map<string, Group>): Group[] {
  const roots = new Map<string, Group>();
  const neighbours = new Map<string, Group>();
  const mergedInto = new Map<Group, Group>();
  const rootOf = (group: Group): Group => {
    let root = group;
    for (let next = mergedInto.get(root); next !== undefined; next = mergedInto.get(root)) root = next;
    return root;
  };
  const byCount = [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  for (const group of byCount) {
    const found = acronymTarget(group, groups) ?? typoTarget(group, neighbours);
    const target = found === null ? null : rootOf(found);
    if (target !== null && target !== group) {
      mergedInto.set(group, target);
      for (const [name, count] of group.spellings)
        target.spellings.set(name, (target.spellings.get(name) ?? 0) + count);
      target.count += group.count;
      target.byConsent ||= group.byConsent;
      target.first = Math.min(target.first, group.first);
      continue;
    }
    roots.set(group.key, group);
    if (group.key.length >= 8) for (const v of deletionNeighbourhood(group.key)) neighbours.set(v, group);
  }
  return [...roots.values()].sort((a, b) => a.first - b.first);
}

function acronymTarget(group: Group, groups: Map<string, Group>): Group | null {
  for (const name of group.spellings.keys()) {
    const match = ACRONYM_AT_PLACE.exec(name);
    const bare = match === null ? undefined : groups.get(foldedKey(match[1] ?? ""));
    if (bare !== undefined && bare !== group && bare.count >= group.count) return bare;
  }
  return null;
}

function typoTarget(group: Group, neighbours: Map<string, Group>): Group | null {
  if (group.key.length < 7) return null;
  const digits = group.key.replace(/\D/g, "");
  for (const variant of deletionNeighbourhood(group.key)) {
    const target = neighbours.get(variant);
    if (target !== undefined && target.key.replace(/\D/g, "") === digits) return target;
  }
  return null;
}

/** Written spellings before abbreviations, capitalised before lower case, frequent first, fewest hyphens. */
function bySpelling([a, countA]: [string, number], [b, countB]: [string, number]): number {
  const written = Number(countB > 0) - Number(countA > 0);
  const capital = Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a));
  const hyphens = (name: string): number => (name.match(/\p{L}-\p{L}/gu) ?? []).length;
  return written || capital || countB - countA || hyphens(a) - hyphens(b);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
