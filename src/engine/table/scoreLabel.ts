import { FIELD_ROLES, type FieldRole } from "./FieldRole";
import { fuzzyPrefix } from "./fuzzyPrefix";
import { labelWords, MODIFIER_WEIGHT, type LabelWord } from "./labelWords";
import { DOMINATES, NEUTRAL_WORDS, ROLE_CUES } from "./roleCues";

/** Longest text read as a header label; longer cells are data. */
export const MAX_LABEL_LENGTH = 160;

/** How strongly a label names one role, and the label words that say so. */
export type RoleEvidence = {
  readonly role: FieldRole;
  readonly score: number;
  readonly words: readonly string[];
};

/** A label's reading: every role it hints at, strongest first (empty for a label that names nothing). */
export type LabelScore = readonly RoleEvidence[];

type CueWord = { readonly text: string; readonly exact: boolean };
type Cue = {
  readonly role: FieldRole;
  readonly words: readonly CueWord[];
  readonly wholeLabel: boolean;
  readonly weight: number;
};

/** A slip is forgiven only in words this long: shorter ones are too easy to confuse. */
const MIN_FUZZY_LENGTH = 5;
/** A cue matched with a slip counts for less than one matched as written. */
const FUZZY_FACTOR = 0.8;
/** A cue this strong names a role on its own and can be the head of a label. */
const HEAD_WEIGHT = 2.5;
const CYRILLIC = /[\u0400-\u04ff]/u;
/** A dominated role keeps this share of its score when a more specific one is named. */
const DOMINATED_FACTOR = 0.4;
/** A dominating role must be at least this strong to push others back. */
const DOMINANT_SCORE = 3;

const CUES: readonly Cue[] = FIELD_ROLES.flatMap((role) =>
  [...new Set(ROLE_CUES[role])].map((spec) => parseCue(role, spec)),
).sort((a, b) => b.words.length - a.words.length);

function parseCue(role: FieldRole, spec: string): Cue {
  const at = spec.lastIndexOf(":");
  const pattern = spec.slice(0, at);
  const wholeLabel = pattern.startsWith("==");
  const words = (wholeLabel ? pattern.slice(2) : pattern).split(" ").map((word) => ({
    text: word.replace(/^=/, ""),
    exact: wholeLabel || word.startsWith("="),
  }));
  return { role, words, wholeLabel, weight: Number(spec.slice(at + 1)) };
}

const cache = new Map<string, LabelScore>();
const CACHE_LIMIT = 20_000;

/**
 * Reads a header label as evidence for roles: every cue of `ROLE_CUES` found in it adds its weight (each label
 * word counts once per role), slips of one letter are forgiven in longer words, and a specific role pushes back
 * the generic ones it refines ("Цільове значення індикатора" → target value, not indicator).
 */
export function scoreLabel(label: string): LabelScore {
  let score = cache.get(label);
  if (score === undefined) {
    score = label.length === 0 || label.length > MAX_LABEL_LENGTH ? [] : computeScore(label);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(label, score);
  }
  return score;
}

/** The role a label names best, or null when it names none with at least `min` weight. */
export function bestRole(label: string, min = 2): FieldRole | null {
  const best = scoreLabel(label)[0];
  return best !== undefined && best.score >= min ? best.role : null;
}

/** Cue words and common header words: the halves of a hyphenated label that stay apart. */
const STEMS: readonly CueWord[] = CUES.flatMap((cue) => cue.words).filter((w) => w.text.length >= 3);

function isKnownWord(word: string): boolean {
  if (NEUTRAL_WORDS.has(word)) return true;
  return STEMS.some((stem) => (stem.exact ? word === stem.text : word.startsWith(stem.text)));
}

function computeScore(label: string): LabelScore {
  const words = labelWords(label, isKnownWord);
  if (words.length === 0 || words.length > 25) return [];
  const totals = new Map<FieldRole, { score: number; used: Set<number>; words: string[] }>();
  const exactHit = new Map<number, number>();
  const found: { cue: Cue; at: number }[] = [];
  for (const cue of CUES) for (const at of matches(cue, words, null)) found.push({ cue, at });
  const head = CYRILLIC.test(label) ? headOf(found) : null;
  const weighed = (cue: Cue, at: number, weight: number): number =>
    head !== null && cue.role !== head.role && at > head.at
      ? (weight * Math.min(words[at]?.weight ?? 1, MODIFIER_WEIGHT)) / (words[at]?.weight ?? 1)
      : weight;
  for (const { cue, at } of found) {
    cue.words.forEach((w, k) => exactHit.set(at + k, Math.max(exactHit.get(at + k) ?? 0, w.text.length)));
    credit(totals, cue, words, at, weighed(cue, at, cue.weight));
  }
  for (const cue of CUES) {
    for (const at of matches(cue, words, exactHit))
      credit(totals, cue, words, at, weighed(cue, at, cue.weight * FUZZY_FACTOR));
  }
  const scores = new Map<FieldRole, number>();
  for (const [role, total] of totals) scores.set(role, total.score);
  for (const [role, total] of totals) {
    if (total.score < DOMINANT_SCORE) continue;
    for (const weaker of DOMINATES[role] ?? []) {
      const score = scores.get(weaker);
      if (score !== undefined && score <= total.score) scores.set(weaker, score * DOMINATED_FACTOR);
    }
  }
  return [...totals]
    .map(([role, total]) => ({ role, score: round(scores.get(role) ?? 0), words: total.words }))
    .filter((evidence) => evidence.score > 0)
    .sort((a, b) => b.score - a.score || FIELD_ROLES.indexOf(a.role) - FIELD_ROLES.indexOf(b.role));
}

/**
 * The head of a Cyrillic label: the first word that names a role on its own. Ukrainian, Bulgarian and Russian
 * put the head noun first and what it belongs to after it, often in the genitive without a preposition
 * ("Строк виконання заходу", "Виконавці заходу"): words of another role after the head qualify it.
 */
function headOf(found: readonly { cue: Cue; at: number }[]): { role: FieldRole; at: number } | null {
  let head: { role: FieldRole; at: number; weight: number } | null = null;
  for (const { cue, at } of found) {
    if (cue.weight < HEAD_WEIGHT) continue;
    if (head === null || at < head.at || (at === head.at && cue.weight > head.weight))
      head = { role: cue.role, at, weight: cue.weight };
  }
  return head;
}

function credit(
  totals: Map<FieldRole, { score: number; used: Set<number>; words: string[] }>,
  cue: Cue,
  words: readonly LabelWord[],
  at: number,
  weight: number,
): void {
  const total = totals.get(cue.role) ?? { score: 0, used: new Set<number>(), words: [] };
  totals.set(cue.role, total);
  const span = cue.words.map((_, k) => at + k);
  if (span.some((i) => total.used.has(i))) return;
  for (const i of span) total.used.add(i);
  total.score += weight * (words[at]?.weight ?? 1);
  total.words.push(span.map((i) => words[i]?.text).join(" "));
}

/**
 * Positions where a cue's words follow each other in the label. Without `exactHit`, as written; with it, at least
 * one word with a slip, and only in words no cue matched as written — unless that was a much shorter stem
 * ("опис…" read in "описаие", which is "описание" with a slip).
 */
function matches(
  cue: Cue,
  words: readonly LabelWord[],
  exactHit: ReadonlyMap<number, number> | null,
): number[] {
  const found: number[] = [];
  const last = cue.wholeLabel ? 0 : words.length - cue.words.length;
  if (cue.wholeLabel && words.length !== cue.words.length) return found;
  for (let at = 0; at <= last; at++) {
    let slips = 0;
    let ok = true;
    for (let k = 0; k < cue.words.length && ok; k++) {
      const word = words[at + k]?.text ?? "";
      const cueWord = cue.words[k] as CueWord;
      if (cueWord.exact ? word === cueWord.text : word.startsWith(cueWord.text)) continue;
      const hit = exactHit?.get(at + k) ?? 0;
      ok = exactHit !== null && hit + 2 < cueWord.text.length && slipMatches(word, cueWord);
      slips++;
    }
    if (ok && (exactHit === null ? slips === 0 : slips > 0)) found.push(at);
  }
  return found;
}

function slipMatches(word: string, cue: CueWord): boolean {
  if (cue.text.length < MIN_FUZZY_LENGTH || word.length < MIN_FUZZY_LENGTH || NEUTRAL_WORDS.has(word)) {
    return false;
  }
  return fuzzyPrefix(word, cue.text, cue.exact);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
