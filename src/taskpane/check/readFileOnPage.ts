import type { WorkbookGrid } from "../../engine";
import type { ReadProgress } from "../../host";
import { loadWorkbookReader } from "../../xlsx";
import { UnreadableFileError } from "../platform/UnreadableFileError";

/**
 * A workbook file read on the page's own thread (where no worker can run): the xlsx reader loads on first
 * use. Its errors become UnreadableFileError, as in the worker.
 */
export async function readFileOnPage(
  name: string,
  bytes: Uint8Array,
  onProgress?: (read: ReadProgress) => void,
): Promise<WorkbookGrid> {
  const { readNamedWorkbookAsync, WorkbookReadError } = await loadWorkbookReader();
  try {
    const tell =
      onProgress &&
      ((read: { sheet: number; sheets: number; rows: number }) => onProgress({ ...read, totalRows: null }));
    return (await readNamedWorkbookAsync(bytes, name, tell)).grid;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new UnreadableFileError(error.problem, error.message);
    throw error;
  }
}
