// A web worker that reads returns for the Reports tab, so a batch of big workbooks does not freeze the pane
// (see workerReader). Same-origin script: the page's Content-Security-Policy allows it.
import { measureWordsCache, type PreparedReturn } from "../../engine";
import { readNamedWorkbookAsync, WorkbookReadError } from "../../xlsx";
import { prepareFile } from "./prepareFile";

export type WorkerRequest = { readonly id: number; readonly name: string; readonly bytes: Uint8Array };
export type WorkerReply =
  | { readonly id: number; readonly prepared: PreparedReturn }
  | { readonly id: number; readonly problem: string | null; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => Promise<void>) | null;
  postMessage(reply: WorkerReply): void;
};
const fold = measureWordsCache();

scope.onmessage = async (event) => {
  const { id, name, bytes } = event.data;
  let reply: WorkerReply;
  try {
    reply = { id, prepared: await prepareFile(name, bytes, readNamedWorkbookAsync, fold) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id, problem: error instanceof WorkbookReadError ? error.problem : null, message };
  }
  scope.postMessage(reply);
};
