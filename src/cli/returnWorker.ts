// A worker thread that reads and parses returns for `plancheck consolidate` (see readReturns).
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { measureWordsCache } from "../engine/consolidate";
import { prepareReturn, type PreparedReturn } from "../engine/consolidate/returns/prepareReturn";
import {
  readNamedWorkbookAsync,
  WorkbookReadError,
  type ExceededLimit,
  type WorkbookReadProblem,
} from "../xlsx/readNamedWorkbookAsync";

export type WorkerRequest = { readonly index: number; readonly path: string; readonly name: string };
/** A file the readers refused comes back as its problem (worded by the main thread, in the user's language). */
export type WorkerReply =
  | { readonly index: number; readonly prepared: PreparedReturn }
  | {
      readonly index: number;
      readonly refused: { readonly problem: WorkbookReadProblem; readonly exceeded: ExceededLimit | null };
    }
  | { readonly index: number; readonly error: string };

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
    reply =
      error instanceof WorkbookReadError
        ? { index: request.index, refused: { problem: error.problem, exceeded: error.exceeded } }
        : { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
