// A worker thread that reads and parses returns for `plancheck consolidate` (see readReturns).
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { measureWordsCache, type PreparedReturn, prepareReturn } from "../engine";
import { readNamedWorkbookAsync } from "../xlsx";
import { readFailureOf, type ReadFailure } from "./readFailure";

export type WorkerRequest = { readonly index: number; readonly path: string; readonly name: string };
/**
 * A return prepared, a file that cannot be read (as a code and parameters: the main thread words it in the
 * user's language), or a bug (its message, reported as the main thread reports its own).
 */
export type WorkerReply =
  | { readonly index: number; readonly prepared: PreparedReturn }
  | { readonly index: number; readonly failure: ReadFailure }
  | { readonly index: number; readonly bug: string };

const fold = measureWordsCache();

parentPort?.on("message", async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { grid, sheetInfo } = await readNamedWorkbookAsync(
      new Uint8Array(readFileSync(request.path)),
      request.path,
    );
    const hiddenSheets = new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name));
    reply = {
      index: request.index,
      prepared: prepareReturn({ name: request.name, workbook: grid, hiddenSheets }, fold),
    };
  } catch (error) {
    const failure = readFailureOf(error);
    reply =
      failure === null
        ? { index: request.index, bug: error instanceof Error ? error.message : String(error) }
        : { index: request.index, failure };
  }
  parentPort?.postMessage(reply);
});
