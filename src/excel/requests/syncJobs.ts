import { isPayloadError } from "../officeErrors";
import { OP_BYTES, REQUEST_BUDGET_BYTES } from "./requestBytes";

/** One piece of a read: queues its loads on the context and returns what to do once they arrived. */
export type SyncJob = {
  readonly queue: () => () => void;
  /** The same work in smaller pieces, for a payload that was too large; null when it cannot shrink. */
  readonly split: () => readonly SyncJob[] | null;
  /** Estimated request bytes of what `queue` sends (default: one operation). */
  readonly bytes?: number;
  /** Estimated response bytes, where they can be told in advance (default: unknown, 0). */
  readonly response?: number;
};

/**
 * Queues the jobs and syncs, as few times as the request budget allows (usually once): consecutive jobs go
 * into one round trip while their estimated request, and their estimated response, each stay within `budget`
 * bytes. When Excel on the web refuses a response or request as too large (5 MB) anyway, that round trip is
 * retried in halves — first by jobs, then a single job by its own split — until it fits; other errors
 * propagate.
 */
export async function syncJobs(
  context: { sync(): Promise<unknown> },
  jobs: readonly SyncJob[],
  budget: number = REQUEST_BUDGET_BYTES,
): Promise<void> {
  let batch: SyncJob[] = [];
  let bytes = 0;
  let response = 0;
  for (const job of jobs) {
    const size = job.bytes ?? OP_BYTES;
    const answer = job.response ?? 0;
    if (batch.length > 0 && (bytes + size > budget || response + answer > budget)) {
      await syncBatch(context, batch);
      batch = [];
      bytes = 0;
      response = 0;
    }
    batch.push(job);
    bytes += size;
    response += answer;
  }
  await syncBatch(context, batch);
}

async function syncBatch(context: { sync(): Promise<unknown> }, jobs: readonly SyncJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const finish = jobs.map((job) => job.queue());
  try {
    await context.sync();
  } catch (error) {
    const smaller = isPayloadError(error) ? shrink(jobs) : null;
    if (smaller === null) throw error;
    await syncBatch(context, smaller[0]);
    await syncBatch(context, smaller[1]);
    return;
  }
  for (const done of finish) done();
}

function shrink(jobs: readonly SyncJob[]): [readonly SyncJob[], readonly SyncJob[]] | null {
  if (jobs.length > 1) {
    const half = Math.ceil(jobs.length / 2);
    return [jobs.slice(0, half), jobs.slice(half)];
  }
  const parts = jobs[0]?.split() ?? null;
  if (parts === null || parts.length < 2) return null;
  const half = Math.ceil(parts.length / 2);
  return [parts.slice(0, half), parts.slice(half)];
}
