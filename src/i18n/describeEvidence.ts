import type { Evidence } from "../engine";
import type { Locale } from "./Locale";
import { t } from "./translate";

/** Why a column was read as its role, in words: "its header says “строк”", "92% of its cells read as deadlines". */
export function describeEvidence(evidence: Evidence, locale: Locale): string {
  switch (evidence.source) {
    case "label":
      return t(locale, "columns.evidence.label", { words: evidence.words.join(", ") });
    case "content":
      return t(locale, `columns.evidence.content.${evidence.kind}`, {
        percent: Math.round(evidence.share * 100),
      });
    case "settings":
      return t(locale, "columns.evidence.settings");
    case "sibling":
      return t(locale, "columns.evidence.sibling", { sheet: evidence.sheet });
  }
}

/** How sure a reading is, in a word: sure (≥ 0.8), likely (≥ 0.5), a guess. */
export function describeConfidence(confidence: number, locale: Locale): string {
  const level = confidence >= 0.8 ? "sure" : confidence >= 0.5 ? "likely" : "guess";
  return t(locale, `columns.confidence.${level}`);
}
