import type { WorkbookReadProblem } from "../../xlsx";
import { UnreadableFileError } from "../platform/UnreadableFileError";
import type { ReturnReader } from "./ConsolidationKit";
import type { WorkerReply, WorkerRequest } from "./returnWorker";

type Pending = {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly resolve: (value: Awaited<ReturnType<ReturnReader["read"]>>) => void;
  readonly reject: (error: unknown) => void;
};

/**
 * Reads returns in a web worker (the xlsx reader and the return parser run there; the page stays responsive).
 * Should the worker fail to start (a browser or policy that refuses it), the files in flight and every later
 * one are read by `fallback` instead. Bytes are copied to the worker, not transferred, so a fallback can
 * still read them.
 */
export function workerReader(fallback: () => ReturnReader): ReturnReader {
  const pending = new Map<number, Pending>();
  let next = 0;
  let replacement: ReturnReader | null = null;
  let worker: Worker | null = new Worker(new URL("./returnWorker.ts", import.meta.url), {
    name: "plancheck-returns",
  });
  const giveUp = (): ReturnReader => {
    worker?.terminate();
    worker = null;
    replacement ??= fallback();
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) replacement.read(job.name, job.bytes).then(job.resolve, job.reject);
    return replacement;
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const job = pending.get(reply.id);
    if (job === undefined) return;
    pending.delete(reply.id);
    if ("prepared" in reply) job.resolve(reply.prepared);
    else if (reply.problem !== null)
      job.reject(new UnreadableFileError(reply.problem as WorkbookReadProblem, reply.message));
    else job.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp();
  };
  return {
    read(name, bytes) {
      if (worker === null) return (replacement ?? giveUp()).read(name, bytes);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { name, bytes, resolve, reject });
        worker?.postMessage({ id, name, bytes } satisfies WorkerRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      replacement?.dispose();
    },
  };
}
