// A web worker that reads workbooks for the pane: the plan file opened in the browser and the returns of the
// Reports tab, so that neither a big workbook nor a hostile one freezes the page (see workerClient). It reads
// with the same limits as every reader (src/xlsx/limits.ts): a file over one comes back as a refusal the pane
// shows in its message bar. Same-origin script: the page's Content-Security-Policy allows it.
import { measureWordsCache, type ExceededLimit, type PreparedReturn } from "../../engine";
import {
  readNamedWorkbookAsync,
  WorkbookReadError,
  type ReadWorkbookResult,
  type WorkbookReadProblem,
} from "../../xlsx";
import { prepareFile } from "../returns/prepareFile";

/** "workbook": the grid of a plan; "return": a return prepared for the consolidation. */
export type ReadKind = "workbook" | "return";
export type ReadRequest = {
  readonly id: number;
  readonly kind: ReadKind;
  readonly name: string;
  readonly bytes: Uint8Array;
};
export type ReadReply =
  | { readonly id: -1; readonly ready: true }
  | { readonly id: number; readonly workbook: ReadWorkbookResult }
  | { readonly id: number; readonly prepared: PreparedReturn }
  | {
      readonly id: number;
      readonly problem: WorkbookReadProblem | null;
      readonly message: string;
      readonly exceeded: ExceededLimit | null;
    };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => Promise<void>) | null;
  postMessage(reply: ReadReply): void;
};
const fold = measureWordsCache();

scope.onmessage = async (event) => {
  const { id, kind, name, bytes } = event.data;
  let reply: ReadReply;
  try {
    reply =
      kind === "workbook"
        ? { id, workbook: await readNamedWorkbookAsync(bytes, name) }
        : { id, prepared: await prepareFile(name, bytes, readNamedWorkbookAsync, fold) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply =
      error instanceof WorkbookReadError
        ? { id, problem: error.problem, message, exceeded: error.exceeded }
        : { id, problem: null, message, exceeded: null };
  }
  scope.postMessage(reply);
};
// Says the worker started: a failure before this is a worker that cannot run here (read on the page instead),
// a failure after it is a reading that broke (reported, never retried on the page).
scope.postMessage({ id: -1, ready: true });
