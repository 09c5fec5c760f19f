import type { WorkbookGrid } from "../../engine";
import { applyReply, type Job, type ValidateJob } from "./checkJobs";
import type { CheckReply, CheckRequest } from "./checkProtocol";
import { gridPieces } from "./pieces";
import type { PlanChecker } from "./PlanChecker";
import { yieldToPage } from "./yieldToPage";

/** What the client needs of a Worker (tests connect it to the worker's code in-process). */
export type CheckPort = {
  postMessage(message: CheckRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
};

/**
 * The pane's checker over a web worker (see checkWorkerCore): files are read and plans validated there, and
 * the results come back in pieces, each taken in as its own task, so the page never blocks for long. A grid
 * the page has (Excel's) is sent in pieces too, yielding to the page between them; a grid the worker read
 * or was sent stays there for the next check with other settings. Should the worker fail (it cannot start
 * under a policy, or it crashes), the jobs in flight and every later one go to `fallback`.
 */
export function workerChecker(start: () => CheckPort, fallback: () => PlanChecker): PlanChecker {
  const jobs = new Map<number, Job>();
  const known = new WeakMap<WorkbookGrid, number>();
  let nextJob = 1;
  let nextGrid = 1;
  let replacement: PlanChecker | null = null;
  let port: CheckPort | null = null;

  const giveUp = (): PlanChecker => {
    port?.terminate();
    port = null;
    replacement ??= fallback();
    const waiting = [...jobs.values()];
    jobs.clear();
    for (const job of waiting) {
      if (job.kind === "read")
        replacement.readFile(job.name, job.bytes, job.onProgress).then(job.resolve, job.reject);
      else replacement.validate(job.grid, job.settings).then(job.resolve, job.reject);
    }
    return replacement;
  };

  const onReply = (reply: CheckReply): void => {
    const job = jobs.get(reply.job);
    if (job === undefined) return;
    const outcome = applyReply(job, reply);
    if (outcome === "pending") return;
    if (outcome === "done") {
      jobs.delete(reply.job);
    } else if (outcome.kind === "resend") {
      known.delete(outcome.job.grid);
      void sendAndValidate(reply.job, outcome.job);
    } else {
      jobs.delete(reply.job);
      known.set(outcome.grid, outcome.job.grid);
      outcome.job.resolve(outcome.grid);
    }
  };

  /** Sends the grid unless the worker has it, then asks for the check. */
  const sendAndValidate = async (id: number, job: ValidateJob): Promise<void> => {
    let grid = known.get(job.grid);
    if (grid === undefined) {
      grid = nextGrid++;
      const { heads, rows } = gridPieces(job.grid);
      port?.postMessage({ kind: "grid-head", grid, sheets: heads });
      for (const piece of rows) {
        await yieldToPage();
        port?.postMessage({ kind: "grid-rows", grid, ...piece });
      }
      known.set(job.grid, grid);
    }
    port?.postMessage({ kind: "validate", job: id, grid, settings: job.settings });
  };

  const connect = (): CheckPort | null => {
    if (port !== null || replacement !== null) return port;
    try {
      port = start();
    } catch {
      giveUp();
      return null;
    }
    port.onmessage = (event) => onReply(event.data);
    port.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    return port;
  };

  return {
    readFile(name, bytes, onProgress) {
      const worker = connect();
      if (worker === null) return (replacement ?? giveUp()).readFile(name, bytes, onProgress);
      const job = nextJob++;
      const grid = nextGrid++;
      return new Promise((resolve, reject) => {
        jobs.set(job, { kind: "read", name, bytes, grid, onProgress, resolve, reject, assembly: null });
        // A copy is handed over (transferred, not cloned): the caller keeps its bytes for a fallback.
        const copy = bytes.slice();
        worker.postMessage({ kind: "read", job, grid, name, bytes: copy }, [copy.buffer]);
      });
    },
    validate(grid, settings) {
      const worker = connect();
      if (worker === null) return (replacement ?? giveUp()).validate(grid, settings);
      const id = nextJob++;
      return new Promise((resolve, reject) => {
        const job: ValidateJob = {
          kind: "validate",
          grid,
          settings,
          resolve,
          reject,
          retried: false,
          assembly: null,
          result: null,
        };
        jobs.set(id, job);
        sendAndValidate(id, job).catch(reject);
      });
    },
    dispose() {
      port?.terminate();
      port = null;
      replacement?.dispose();
    },
  };
}
