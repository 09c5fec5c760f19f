import type { MeasureWords } from "../../engine/consolidate/match/measureText";
import { prepareReturn, type PreparedReturn } from "../../engine/consolidate/returns/prepareReturn";
import type { readNamedWorkbookAsync } from "../../xlsx/readNamedWorkbookAsync";

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
