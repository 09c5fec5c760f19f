import { jaccard, type MeasureWords } from "./measureText";
import type { IndexedMeasure, PlanIndex, Scope } from "./PlanIndex";

/** How a return row found its plan measure (the contract's `match`). */
export type RowMatch = "exact" | "text_changed" | "number_changed";

export type UnmatchedReason = "no_such_measure" | "text_mismatch";

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

/**
 * Finds the plan measure of a return row. First by measure key within the row's scope: the candidate with
 * the same folded text ("exact"), else the most similar one at Jaccard ≥ 0.6 ("text_changed"). Then by the
 * same folded text in scope ("exact" when the keys agree, else "number_changed"). When the scope (one plan
 * sheet) yields nothing, the whole plan is tried the same way, for rows pasted onto another sheet. Only the
 * few measures sharing a key are ever compared word by word.
 */
export function matchRow(
  index: PlanIndex,
  scope: Scope,
  key: string | null,
  words: MeasureWords,
): RowMatchResult {
  const scoped = matchIn(index, scope, key, words);
  if (scoped.kind === "matched" || scope === null) return scoped;
  const anywhere = matchIn(index, null, key, words);
  return anywhere.kind === "matched" && anywhere.match !== "text_changed" ? anywhere : scoped;
}

function matchIn(index: PlanIndex, scope: Scope, key: string | null, words: MeasureWords): RowMatchResult {
  const candidates = key === null ? [] : index.byKey(scope, key);
  const same = candidates.find((c) => c.words.normalized === words.normalized);
  if (same !== undefined) return matched(same, "exact", "key", null);
  let best: IndexedMeasure | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = jaccard(candidate.words.words, words.words);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  if (best !== null && bestScore >= SIMILARITY_THRESHOLD)
    return matched(best, "text_changed", "key", bestScore);
  const byText = index.byText(scope, words.normalized)[0];
  if (byText !== undefined) {
    const sameKey = byText.measure.key === key;
    return matched(byText, sameKey ? "exact" : "number_changed", "text", null);
  }
  return { kind: "unmatched", reason: candidates.length > 0 ? "text_mismatch" : "no_such_measure" };
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
