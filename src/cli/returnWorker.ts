// A worker thread that reads and parses returns for `plancheck consolidate` (see readReturns).
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { measureWordsCache, type PreparedReturn, prepareReturn } from "../engine";
import { readNamedWorkbookAsync } from "../xlsx";

export type WorkerRequest = { readonly index: number; readonly path: string; readonly name: string };
export type WorkerReply =
  | { readonly index: number; readonly prepared: PreparedReturn }
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
    reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
