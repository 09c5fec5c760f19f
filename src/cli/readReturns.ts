import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { PreparedReturn, UnreadableReturn } from "../engine";
import type { CliIo } from "./CliIo";
import { prepareReturnFile } from "./prepareReturnFile";
import type { WorkerReply, WorkerRequest } from "./returnWorker";

export type ReturnSource = { readonly path: string; readonly name: string };
export type Reading = { readonly done: Promise<void>; readonly cancel: () => void };
/** A return as read: prepared, or unreadable (why, as a code). */
export type ReadReturn = PreparedReturn | UnreadableReturn;

/** Fewer returns than this are read in this thread: starting workers would cost more than it saves. */
const PARALLEL_FROM = 8;

/**
 * Reads and parses returns, handing each to `take` in the order given. Many returns on disk are prepared in
 * worker threads (one per core, at most four) while this thread matches the ones already read; a few, or
 * files only the CliIo knows (tests), are read here, as everything is with PLANCHECK_WORKERS=0. A file that
 * cannot be read as a workbook is handed over as unreadable (the consolidation reports it and goes on);
 * `done` rejects only on a bug; `cancel` stops the workers.
 */
export function readReturns(
  sources: readonly ReturnSource[],
  io: CliIo,
  take: (index: number, item: ReadReturn) => void,
): Reading {
  const workerFile = join(__dirname, "returnWorker.js");
  const parallel =
    io.env.PLANCHECK_WORKERS !== "0" &&
    sources.length >= PARALLEL_FROM &&
    existsSync(workerFile) &&
    sources.every((s) => existsSync(s.path));
  return parallel ? inWorkers(sources, workerFile, take) : inThisThread(sources, io, take);
}

function inThisThread(
  sources: readonly ReturnSource[],
  io: CliIo,
  take: (index: number, item: ReadReturn) => void,
): Reading {
  let cancelled = false;
  const done = (async () => {
    for (const [i, source] of sources.entries()) {
      if (cancelled) return;
      take(i, await prepareReturnFile(source.path, source.name, io.readFile));
    }
  })();
  return { done, cancel: () => void (cancelled = true) };
}

function inWorkers(
  sources: readonly ReturnSource[],
  workerFile: string,
  take: (index: number, item: ReadReturn) => void,
): Reading {
  const count = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(sources.length / PARALLEL_FROM)));
  const workers = Array.from({ length: count }, () => new Worker(workerFile));
  const stop = (): void => void workers.forEach((worker) => void worker.terminate());
  const done = new Promise<void>((resolve, reject) => {
    const ready = new Map<number, ReadReturn>();
    let next = 0;
    let delivered = 0;
    const fail = (error: unknown): void => {
      stop();
      reject(error);
    };
    const send = (worker: Worker): void => {
      const source = sources[next];
      if (source === undefined) return;
      worker.postMessage({ index: next++, path: source.path, name: source.name } satisfies WorkerRequest);
    };
    for (const worker of workers) {
      worker.on("message", (reply: WorkerReply) => {
        // a bug while preparing a file: an internal error, as it would be in this thread
        if ("bug" in reply) return fail(new Error(`${sources[reply.index]?.path ?? "?"}: ${reply.bug}`));
        ready.set(reply.index, reply.item);
        try {
          for (let p = ready.get(delivered); p !== undefined; p = ready.get(delivered)) {
            ready.delete(delivered);
            take(delivered++, p);
          }
        } catch (error) {
          return fail(error);
        }
        if (delivered === sources.length) {
          stop();
          resolve();
        } else send(worker);
      });
      worker.on("error", fail);
      // two requests in flight per worker, so it never waits for this thread
      send(worker);
      send(worker);
    }
  });
  return { done, cancel: stop };
}
