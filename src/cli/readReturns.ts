import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { prepareReturn, type PreparedReturn } from "../engine";
import type { Locale } from "../i18n";
import type { CliIo } from "./CliIo";
import { readBook } from "./readBook";
import { cannotRead } from "./readFailure";
import type { WorkerReply, WorkerRequest } from "./returnWorker";

export type ReturnSource = { readonly path: string; readonly name: string };
export type Reading = { readonly done: Promise<void>; readonly cancel: () => void };

/** Fewer returns than this are read in this thread: starting workers would cost more than it saves. */
const PARALLEL_FROM = 8;

/**
 * Reads and parses returns, handing each to `take` in the order given. Many returns on disk are prepared in
 * worker threads (one per core, at most four) while this thread matches the ones already read; a few, or
 * files only the CliIo knows (tests), are read here, as everything is with PLANCHECK_WORKERS=0. `done` rejects with a CliError naming a file that cannot
 * be read, worded here in `locale` whichever thread read it; `cancel` stops the workers.
 */
export function readReturns(
  sources: readonly ReturnSource[],
  io: CliIo,
  locale: Locale,
  take: (index: number, prepared: PreparedReturn) => void,
): Reading {
  const workerFile = join(__dirname, "returnWorker.js");
  const parallel =
    io.env.PLANCHECK_WORKERS !== "0" &&
    sources.length >= PARALLEL_FROM &&
    existsSync(workerFile) &&
    sources.every((s) => existsSync(s.path));
  return parallel ? inWorkers(sources, workerFile, locale, take) : inThisThread(sources, io, locale, take);
}

function inThisThread(
  sources: readonly ReturnSource[],
  io: CliIo,
  locale: Locale,
  take: (index: number, prepared: PreparedReturn) => void,
): Reading {
  let cancelled = false;
  const done = (async () => {
    for (const [i, source] of sources.entries()) {
      if (cancelled) return;
      const book = await readBook(source.path, io, locale);
      take(i, prepareReturn({ name: source.name, workbook: book.grid, hiddenSheets: book.hiddenSheets }));
    }
  })();
  return { done, cancel: () => void (cancelled = true) };
}

function inWorkers(
  sources: readonly ReturnSource[],
  workerFile: string,
  locale: Locale,
  take: (index: number, prepared: PreparedReturn) => void,
): Reading {
  const count = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(sources.length / PARALLEL_FROM)));
  const workers = Array.from({ length: count }, () => new Worker(workerFile));
  const stop = (): void => void workers.forEach((worker) => void worker.terminate());
  const done = new Promise<void>((resolve, reject) => {
    const ready = new Map<number, PreparedReturn>();
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
        if ("failure" in reply)
          return fail(cannotRead(sources[reply.index]?.path ?? "?", reply.failure, locale));
        if ("bug" in reply) return fail(new Error(reply.bug));
        ready.set(reply.index, reply.prepared);
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
