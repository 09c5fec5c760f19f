import { HostError } from "../../host";
import type { ReadClient } from "./ReadClient";
import type { ReadKind, ReadReply, ReadRequest } from "./readWorker";
import { UnreadableFileError } from "./UnreadableFileError";

type Pending = {
  readonly kind: ReadKind;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly resolve: (value: never) => void;
  readonly reject: (error: unknown) => void;
};

/**
 * Reads in a web worker (the xlsx readers and the return parser run there; the page stays responsive, and a
 * hostile file is refused there). Should the worker fail to start (a browser or policy that refuses it), the
 * files in flight and every later one are read by `fallback` instead. Should it break after it started (a
 * reading that crashed it), the files in flight fail with an error the pane shows, and are not read again on
 * the page, where the same file could take the tab down. Bytes are copied to the worker, not transferred, so
 * a fallback can still read them.
 */
export function readInWorker(fallback: () => ReadClient, start: () => Worker): ReadClient {
  const pending = new Map<number, Pending>();
  let next = 0;
  let started = false;
  let replacement: ReadClient | null = null;
  let worker: Worker | null;
  try {
    worker = start();
  } catch {
    // A policy that forbids workers may refuse to construct one at all.
    return fallback();
  }
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const giveUp = (): ReadClient => {
    stop();
    replacement ??= fallback();
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) send(replacement, job);
    return replacement;
  };
  const broke = (message: string): void => {
    stop();
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) job.reject(new HostError("unknown", message));
  };
  const running = worker;
  running.onmessage = (event: MessageEvent<ReadReply>) => {
    const reply = event.data;
    if ("ready" in reply) {
      started = true;
      return;
    }
    const job = pending.get(reply.id);
    if (job === undefined) return;
    pending.delete(reply.id);
    if ("workbook" in reply) job.resolve(reply.workbook as never);
    else if ("prepared" in reply) job.resolve(reply.prepared as never);
    else if (reply.problem !== null)
      job.reject(new UnreadableFileError(reply.problem, reply.message, reply.exceeded));
    else job.reject(new Error(reply.message));
  };
  running.onerror = (event) => {
    event.preventDefault();
    if (started) broke(event.message || "The workbook reader stopped.");
    else giveUp();
  };
  const request = <T>(kind: ReadKind, name: string, bytes: Uint8Array): Promise<T> => {
    if (worker === null) return send(replacement ?? giveUp(), { kind, name, bytes }) as Promise<T>;
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { kind, name, bytes, resolve: resolve as (value: never) => void, reject });
      worker?.postMessage({ id, kind, name, bytes } satisfies ReadRequest);
    });
  };
  return {
    workbook: (name, bytes) => request("workbook", name, bytes),
    prepared: (name, bytes) => request("return", name, bytes),
    dispose() {
      stop();
      replacement?.dispose();
    },
  };
}

function send(
  client: ReadClient,
  job: Pick<Pending, "kind" | "name" | "bytes"> & Partial<Pick<Pending, "resolve" | "reject">>,
): Promise<unknown> {
  const result =
    job.kind === "workbook" ? client.workbook(job.name, job.bytes) : client.prepared(job.name, job.bytes);
  if (job.resolve && job.reject) result.then(job.resolve as (value: unknown) => void, job.reject);
  return result;
}
