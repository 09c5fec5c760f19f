import { foldName, occursAt } from "./foldName";

/**
 * Keys (folded names) that are nothing but two or more other keys in a row: "община Русе НПО" is "община
 * Русе" + "НПО", "АСП/ДСП-Русе" is "АСП" + "ДСП-Русе", "здравни медиатори- община Русе" is two bodies the plan
 * names elsewhere. The list splitter could not separate them; they are not bodies of their own.
 */
export function compositeNames(names: ReadonlyMap<string, string>): Set<string> {
  const byPrefix = new Map<string, string[]>();
  for (const key of names.keys())
    byPrefix.set(key.slice(0, 2), [...(byPrefix.get(key.slice(0, 2)) ?? []), key]);
  const composite = new Set<string>();
  for (const [key, name] of names) {
    const folded = foldName(name);
    if (folded.folded !== key) continue;
    const reachable = new Uint8Array(key.length + 1);
    reachable[0] = 1;
    for (let at = 0; at < key.length; at++) {
      if (reachable[at] !== 1) continue;
      for (const part of byPrefix.get(key.slice(at, at + 2)) ?? []) {
        if (part !== key && occursAt(folded, part, at)) reachable[at + part.length] = 1;
      }
    }
    if (reachable[key.length] === 1) composite.add(key);
  }
  return composite;
}
