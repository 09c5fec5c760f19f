import { measureWords, type MeasureWords } from "./measureText";

/** {@link measureWords} remembered per text: every return repeats the plan's texts, so each is folded once. */
export function measureWordsCache(): (text: string) => MeasureWords {
  const folded = new Map<string, MeasureWords>();
  return (text) => {
    let words = folded.get(text);
    if (words === undefined) folded.set(text, (words = measureWords(text)));
    return words;
  };
}
