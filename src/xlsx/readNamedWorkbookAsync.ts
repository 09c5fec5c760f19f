import type { ReadWorkbookResult, SheetProgress } from "./read/ReadWorkbookResult";
import { refuseByContent } from "./read/refuseByContent";
import { readWorkbookWithInfoAsync } from "./readWorkbookAsync";

export { WorkbookReadError } from "./WorkbookReadError";
export type { SheetProgress } from "./read/ReadWorkbookResult";

/**
 * A file the user gave, read as a workbook: refused first when its content shows it is none (text renamed
 * to .xlsx, text without columns), whatever its name says; `name` is null for bytes without one (stdin).
 * Every host reads files through this, so the same file is refused the same way everywhere.
 */
export async function readNamedWorkbookAsync(
  data: Uint8Array,
  name: string | null,
  onProgress?: SheetProgress,
): Promise<ReadWorkbookResult> {
  refuseByContent(data, name);
  return readWorkbookWithInfoAsync(data, onProgress);
}
