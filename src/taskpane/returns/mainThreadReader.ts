import { UnreadableFileError } from "../platform/UnreadableFileError";
import type { ReturnReader } from "./ConsolidationKit";
import { measureWordsCache } from "../../engine";
import { loadWorkbookReader } from "../../xlsx";
import { prepareFile } from "./prepareFile";

/**
 * Reads returns on the page's own thread (where workers are not available): one file per call, so the
 * caller yields to the page between files.
 */
export function mainThreadReader(): ReturnReader {
  const fold = measureWordsCache();
  return {
    async read(name, bytes) {
      const { readNamedWorkbookAsync, WorkbookReadError } = await loadWorkbookReader();
      try {
        return await prepareFile(name, bytes, readNamedWorkbookAsync, fold);
      } catch (error) {
        if (error instanceof WorkbookReadError) throw new UnreadableFileError(error.problem, error.message);
        throw error;
      }
    },
    dispose: () => undefined,
  };
}
