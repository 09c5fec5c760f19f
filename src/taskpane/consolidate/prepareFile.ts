import type { MeasureWords } from "../../engine/consolidate/measureText";
import { measureWords } from "../../engine/consolidate/measureText";
import { prepareReturn, type PreparedReturn } from "../../engine/consolidate/prepareReturn";
import type { readWorkbookWithInfo } from "../../xlsx/readWorkbook";

/** Folds measure texts once: every return repeats the plan's texts. */
export function foldCache(): (text: string) => MeasureWords {
  const folded = new Map<string, MeasureWords>();
  return (text) => {
    let words = folded.get(text);
    if (words === undefined) folded.set(text, (words = measureWords(text)));
    return words;
  };
}

/** A return's bytes read (hidden sheets skipped, as the CLI does) and prepared for the consolidation. */
export function prepareFile(
  name: string,
  bytes: Uint8Array,
  read: typeof readWorkbookWithInfo,
  fold: (text: string) => MeasureWords,
): PreparedReturn {
  const { grid, sheetInfo } = read(bytes);
  const hiddenSheets = new Set(sheetInfo.filter((sheet) => sheet.hidden).map((sheet) => sheet.name));
  return prepareReturn({ name, workbook: grid, hiddenSheets }, fold);
}
