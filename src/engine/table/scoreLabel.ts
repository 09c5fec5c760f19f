import { FIELD_ROLES, type FieldRole } from "./FieldRole";
import { fuzzyPrefix } from "./fuzzyPrefix";
import { labelWords, type LabelWord } from "./labelWords";
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

function computeScore(label: string): LabelScore {
  const words = labelWords(label);
  if (words.length === 0 || words.length > 25) return [];
  const totals = new Map<FieldRole, { score: number; used: Set<number>; words: string[] }>();
  const exactHit = new Set<number>();
  for (const cue of CUES) {
    for (const at of matches(cue, words, null)) {
      for (let k = 0; k < cue.words.length; k++) exactHit.add(at + k);
      credit(totals, cue, words, at, cue.weight);
    }
  }
  for (const cue of CUES) {
    for (const at of matches(cue, words, exactHit)) credit(totals, cue, words, at, cue.weight * FUZZY_FACTOR);
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
 * one word with a slip, and only in words no cue matched as written (those already have their reading).
 */
function matches(cue: Cue, words: readonly LabelWord[], exactHit: ReadonlySet<number> | null): number[] {
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
      ok = exactHit !== null && !exactHit.has(at + k) && slipMatches(word, cueWord);
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
