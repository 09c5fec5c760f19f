import { prepareReturn, type MeasureWords, type PreparedReturn, type UnreadableReturn } from "../engine";
import { readNamedWorkbookAsync, WorkbookReadError } from "../xlsx";

/**
 * A return file read and prepared for the consolidation, or, when it cannot be read as a workbook, why (a
 * code the main thread words in the user's language, with the reading limit it went over, if any): an unreadable return is a problem of that file, not
 * the end of the consolidation. Used in this thread and in the workers alike. Anything else (a bug) throws.
 */
export async function prepareReturnFile(
  path: string,
  name: string,
  readFile: (path: string) => Promise<Uint8Array>,
  fold?: (text: string) => MeasureWords,
): Promise<PreparedReturn | UnreadableReturn> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { name, unreadable: "io" };
  }
  try {
    const { grid, sheetInfo } = await readNamedWorkbookAsync(bytes, path);
    const hiddenSheets = new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name));
    return prepareReturn({ name, workbook: grid, hiddenSheets }, fold);
  } catch (error) {
    if (error instanceof WorkbookReadError)
      return error.exceeded === null
        ? { name, unreadable: error.problem }
        : { name, unreadable: error.problem, exceeded: error.exceeded };
    throw error;
  }
}

export function isUnreadable(item: PreparedReturn | UnreadableReturn): item is UnreadableReturn {
  return "unreadable" in item;
}
