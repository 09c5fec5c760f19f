import type { Heading } from "../../plan/Plan";
import { canonicalNumber } from "../../parse/leadingNumber";
import { jaccard, measureWords, type MeasureWords } from "./measureText";
import type { IndexedMeasure, PlanIndex, Scope } from "./PlanIndex";
import type { GoalContext } from "../returns";

/** How a return row found its plan measure (the contract's `match`). */
export type RowMatch = "exact" | "text_changed" | "number_changed";

/**
 * Why a row matched nothing: no plan measure has its number; those that have it say something else; or several
 * measures fit it equally well (the same number and wording under several goals, and the row names no goal).
 */
export type UnmatchedReason = "no_such_measure" | "text_mismatch" | "ambiguous";

export type RowMatchResult =
  | {
      readonly kind: "matched";
      readonly target: IndexedMeasure;
      readonly match: RowMatch;
      readonly via: "id" | "key" | "text";
      /** Word-set Jaccard similarity when the wording differs, else null. */
      readonly similarity: number | null;
    }
  | { readonly kind: "unmatched"; readonly reason: UnmatchedReason };

/** Wording that shares fewer words than this with every same-numbered measure is another measure. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Two same-numbered measures this close in similarity cannot be told apart by wording. */
const AMBIGUITY_MARGIN = 0.1;

/**
 * Finds the plan measure of a return row. First by measure key within the row's scope: the candidate with
 * the same folded text ("exact"), else the most similar one at Jaccard ≥ 0.6 ("text_changed"). Then by the
 * same folded text in scope ("exact" when the keys agree, else "number_changed"). When the scope (one plan
 * sheet) yields nothing, the whole plan is tried the same way, for rows pasted onto another sheet. Only the
 * few measures sharing a key are ever compared word by word.
 *
 * Where a number occurs under several goals (numbering restarts per goal), the row's own goal — its number or
 * wording, where the return keeps goal rows or a goal column — picks among them; without it, only a clear
 * difference in wording does: two candidates about as similar to the row match neither.
 */
export function matchRow(
  index: PlanIndex,
  scope: Scope,
  key: string | null,
  words: MeasureWords,
  goal: GoalContext | null = null,
): RowMatchResult {
  const scoped = matchIn(index, scope, key, words, goal);
  if (scoped.kind === "matched" || scope === null) return scoped;
  const anywhere = matchIn(index, null, key, words, goal);
  return anywhere.kind === "matched" && anywhere.match !== "text_changed" ? anywhere : scoped;
}

function matchIn(
  index: PlanIndex,
  scope: Scope,
  key: string | null,
  words: MeasureWords,
  goal: GoalContext | null,
): RowMatchResult {
  const candidates = inGoal(key === null ? [] : index.byKey(scope, key), goal);
  const same = candidates.filter((c) => c.words.normalized === words.normalized);
  if (same.length > 1) return { kind: "unmatched", reason: "ambiguous" };
  if (same[0] !== undefined) return matched(same[0], "exact", "key", null);
  let best: IndexedMeasure | null = null;
  let bestScore = -1;
  let secondScore = -1;
  for (const candidate of candidates) {
    const score = jaccard(candidate.words.words, words.words);
    if (score > bestScore) {
      secondScore = bestScore;
      [best, bestScore] = [candidate, score];
    } else if (score > secondScore) secondScore = score;
  }
  const clear = bestScore - secondScore >= AMBIGUITY_MARGIN;
  if (best !== null && bestScore >= SIMILARITY_THRESHOLD) {
    if (!clear) return { kind: "unmatched", reason: "ambiguous" };
    return matched(best, "text_changed", "key", bestScore);
  }
  const sameText = inGoal(index.byText(scope, words.normalized), goal);
  if (sameText.length > 1 && (key === null || !sameText.some((c) => c.measure.key === key)))
    return { kind: "unmatched", reason: "ambiguous" };
  const byText = sameText.find((c) => c.measure.key === key) ?? sameText[0];
  if (byText !== undefined) {
    const sameKey = byText.measure.key === key;
    return matched(byText, sameKey ? "exact" : "number_changed", "text", null);
  }
  return { kind: "unmatched", reason: candidates.length > 0 ? "text_mismatch" : "no_such_measure" };
}

/** The candidates under the row's goal, when the row names one and some are; else all of them. */
function inGoal(candidates: readonly IndexedMeasure[], goal: GoalContext | null): readonly IndexedMeasure[] {
  if (goal === null || candidates.length < 2) return candidates;
  const same = candidates.filter((c) => sameGoal(c.measure.goal, goal));
  return same.length > 0 ? same : candidates;
}

const goalWords = new Map<string, MeasureWords>();

/** Same goal: the same number where both have one, else wording that shares most words. */
function sameGoal(planGoal: Heading | null, goal: GoalContext): boolean {
  if (planGoal === null) return false;
  if (planGoal.number !== null && goal.number !== null) {
    return canonicalNumber(planGoal.number) === canonicalNumber(goal.number);
  }
  let words = goalWords.get(planGoal.text);
  if (words === undefined) {
    words = measureWords(planGoal.text);
    if (goalWords.size < 10_000) goalWords.set(planGoal.text, words);
  }
  return jaccard(words.words, goal.words.words) >= SIMILARITY_THRESHOLD;
}

function matched(
  target: IndexedMeasure,
  match: RowMatch,
  via: "key" | "text",
  similarity: number | null,
): RowMatchResult {
  return { kind: "matched", target, match, via, similarity: similarity === null ? null : round(similarity) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
