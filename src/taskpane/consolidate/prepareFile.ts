import type { MeasureWords } from "../../engine/consolidate/measureText";
import { measureWords } from "../../engine/consolidate/measureText";
import { prepareReturn, type PreparedReturn } from "../../engine/consolidate/prepareReturn";
import type { readNamedWorkbookAsync } from "../../xlsx/readNamedWorkbookAsync";

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
export async function prepareFile(
  name: string,
  bytes: Uint8Array,
  read: typeof readNamedWorkbookAsync,
  fold: (text: string) => MeasureWords,
): Promise<PreparedReturn> {
  const { grid, sheetInfo } = await read(bytes, name);
  const hiddenSheets = new Set(sheetInfo.filter((sheet) => sheet.hidden).map((sheet) => sheet.name));
  return prepareReturn({ name, workbook: grid, hiddenSheets }, fold);
}
