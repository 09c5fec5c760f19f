// Match: which plan measure a return row reports on (number, id, words of the text, goal).
export { SIMILARITY_THRESHOLD, matchRow } from "./matchRow";
export type { RowMatch, RowMatchResult, UnmatchedReason } from "./matchRow";
export { jaccard, measureWords } from "./measureText";
export type { MeasureWords } from "./measureText";
export { PlanIndex } from "./PlanIndex";
export type { IndexedMeasure, Scope } from "./PlanIndex";
export { measureWordsCache } from "./measureWordsCache";
