import type { ReadWorkbookResult, SheetProgress } from "./read/ReadWorkbookResult";
import { readFastOrNull } from "./read/readFastOrNull";

export { WorkbookReadError } from "./WorkbookReadError";

/**
 * readWorkbookWithInfo, but SheetJS (about 150 ms to load in Node, 113 KB gzip in a browser) is loaded only
 * for the files the fast OOXML reader leaves to it: a plain .xlsx never pays for it.
 */
export async function readWorkbookWithInfoAsync(
  data: Uint8Array,
  onProgress?: SheetProgress,
): Promise<ReadWorkbookResult> {
  const { format, result } = readFastOrNull(data, onProgress);
  if (result !== null) return result;
  const { readWorkbookWithSheetJs } = await import("./read/readWorkbookWithSheetJs.js");
  return readWorkbookWithSheetJs(data, format, onProgress);
}
