import { type MeasureWords, type PreparedReturn, prepareReturn } from "../../engine";
import type { readNamedWorkbookAsync } from "../../xlsx";

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
