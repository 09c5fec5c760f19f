// A worker thread that reads and parses returns for `plancheck consolidate` (see readReturns).
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { measureWordsCache, type PreparedReturn, type UnreadableReturn } from "../engine";
import { prepareReturnFile } from "./prepareReturnFile";
import { useNodeInflater } from "./useNodeInflater";

export type WorkerRequest = { readonly index: number; readonly path: string; readonly name: string };
/**
 * A prepared return, an unreadable one (its reason as a code: the main thread words it in the user's
 * language), or a failure that is a bug (its message, shown as an internal error).
 */
export type WorkerReply =
  | { readonly index: number; readonly item: PreparedReturn | UnreadableReturn }
  | { readonly index: number; readonly bug: string };

const fold = measureWordsCache();
const read = async (path: string): Promise<Uint8Array> => new Uint8Array(await readFile(path));

useNodeInflater();

parentPort?.on("message", async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index: request.index, item: await prepareReturnFile(request.path, request.name, read, fold) };
  } catch (error) {
    reply = { index: request.index, bug: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
