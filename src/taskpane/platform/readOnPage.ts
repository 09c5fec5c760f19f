import { measureWordsCache, type MeasureWords } from "../../engine";
import { loadWorkbookReader } from "../../xlsx";
import type { ReadClient } from "./ReadClient";
import { UnreadableFileError } from "./UnreadableFileError";

/**
 * Reads on the page's own thread, where workers are not available (or refused to start): the same readers
 * and limits, one file per call, so the caller yields to the page between files. The readers (and, for
 * returns, the consolidation code) load on first use.
 */
export function readOnPage(): ReadClient {
  let fold: ((text: string) => MeasureWords) | null = null;
  const reading = async <T>(
    read: (module: Awaited<ReturnType<typeof loadWorkbookReader>>) => Promise<T>,
  ): Promise<T> => {
    const module = await loadWorkbookReader();
    try {
      return await read(module);
    } catch (error) {
      if (error instanceof module.WorkbookReadError)
        throw new UnreadableFileError(error.problem, error.message, error.exceeded);
      throw error;
    }
  };
  return {
    workbook: (name, bytes) => reading((m) => m.readNamedWorkbookAsync(bytes, name)),
    prepared: (name, bytes) =>
      reading(async (m) => {
        const { prepareFile } = await import(/* webpackChunkName: "consolidate" */ "../returns/prepareFile");
        fold ??= measureWordsCache();
        return prepareFile(name, bytes, m.readNamedWorkbookAsync, fold);
      }),
    dispose: () => undefined,
  };
}
