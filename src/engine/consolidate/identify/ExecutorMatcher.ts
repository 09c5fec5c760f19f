import type { Measure } from "../../plan/Plan";
import { deletionNeighbourhood, foldedKey, foldName, occursAt, wordStarts, matchPatterns } from "../names";
import type { ExecutorEntry } from "../roster";

type Pattern = { readonly key: string; readonly entry: number };

/** Below this length a one-letter difference is another body ("ДСП" / "ДБТ"), not a typo. */
const FUZZY_MIN_LENGTH = 8;

/**
 * Tells which roster executors a responsible cell names. An executor is named when one of its patterns
 * (see matchPatterns) occurs in the cell at word edges — "ДБТ" in "АЗ/ДБТ", "община Русе" in "МЗ, РЗИ и
 * община Русе НПО", "ОДМВР-Русе" in "ОД МВР-Русе" — or in one of the bodies the plan parser read from it
 * (compound lists expanded: "Департаменти …: освіти і науки" names "Департамент освіти і науки …"), or when
 * a body is one typo away from a pattern of eight letters or more ("Общин Русе" / "Община Русе"; digits must
 * agree). Patterns are indexed by their first two letters and typos by deletion neighbourhoods, so a cell
 * costs a few lookups per word whatever the size of the roster; results are cached per distinct cell text.
 */
export class ExecutorMatcher {
  readonly entries: readonly ExecutorEntry[];
  private readonly byPrefix = new Map<string, Pattern[]>();
  private readonly byNeighbour = new Map<string, Pattern[]>();
  private readonly cache = new Map<string, readonly string[]>();
  private readonly found = new Map<string, readonly number[]>();

  constructor(entries: readonly ExecutorEntry[], abbreviations: ReadonlyMap<string, string> = new Map()) {
    this.entries = entries;
    entries.forEach((entry, index) => {
      for (const key of matchPatterns(entry, abbreviations)) {
        const pattern = { key, entry: index };
        push(this.byPrefix, key.slice(0, 2), pattern);
        if (key.length < FUZZY_MIN_LENGTH) continue;
        for (const variant of deletionNeighbourhood(key)) push(this.byNeighbour, variant, pattern);
      }
    });
  }

  /** Ids of the executors a measure's responsible cells (main row and sub-rows) name, in roster order. */
  namedIn(measure: Measure): readonly string[] {
    const cells = [measure.fields.responsible?.text ?? ""];
    for (const sub of measure.subRows) cells.push(sub.fields.responsible?.text ?? "");
    return this.namedInTexts(
      cells,
      measure.responsible.map((body) => body.name),
    );
  }

  /** Ids of the executors named in responsible cell texts and in the bodies parsed from them. */
  namedInTexts(cells: readonly string[], bodies: readonly string[]): readonly string[] {
    const cacheKey = `${cells.join("\u0001")}\u0002${bodies.join("\u0001")}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = new Set<number>();
    for (const text of cells) for (const entry of this.inText(text, false)) found.add(entry);
    for (const body of bodies) for (const entry of this.inText(body, true)) found.add(entry);
    const ids = [...found].sort((a, b) => a - b).map((i) => this.entries[i]?.id ?? "");
    this.cache.set(cacheKey, ids);
    return ids;
  }

  /** Entries named in one text (a body also by a typo); cached: the same bodies recur on many measures. */
  private inText(text: string, isBody: boolean): readonly number[] {
    const cacheKey = `${isBody ? "b" : "c"}${text}`;
    let entries = this.found.get(cacheKey);
    if (entries === undefined) {
      const found = new Set<number>();
      this.search(text, found);
      if (isBody) this.searchTypos(foldedKey(text), found);
      entries = [...found];
      this.found.set(cacheKey, entries);
    }
    return entries;
  }

  private search(text: string, found: Set<number>): void {
    if (text.trim() === "") return;
    const folded = foldName(text);
    for (const start of wordStarts(folded)) {
      const candidates = this.byPrefix.get(folded.folded.slice(start, start + 2)) ?? [];
      for (const pattern of candidates) {
        if (!found.has(pattern.entry) && occursAt(folded, pattern.key, start)) found.add(pattern.entry);
      }
    }
  }

  private searchTypos(key: string, found: Set<number>): void {
    if (key.length < FUZZY_MIN_LENGTH - 1) return;
    const digits = key.replace(/\D/g, "");
    for (const variant of deletionNeighbourhood(key)) {
      for (const pattern of this.byNeighbour.get(variant) ?? []) {
        if (pattern.key.replace(/\D/g, "") === digits) found.add(pattern.entry);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
