import { isPayloadError } from "../officeErrors";

/** One piece of a read: queues its loads on the context and returns what to do once they arrived. */
export type SyncJob = {
  readonly queue: () => () => void;
  /** The same work in smaller pieces, for a payload that was too large; null when it cannot shrink. */
  readonly split: () => readonly SyncJob[] | null;
};

/**
 * Queues every job and syncs once. When Excel on the web refuses the payload (5 MB), the batch is retried in
 * halves — first by jobs, then a single job by its own split — until it fits; other errors propagate. The
 * common case is exactly one round trip; each halving costs one more.
 */
export async function syncJobs(
  context: { sync(): Promise<unknown> },
  jobs: readonly SyncJob[],
): Promise<void> {
  if (jobs.length === 0) return;
  const finish = jobs.map((job) => job.queue());
  try {
    await context.sync();
  } catch (error) {
    const smaller = isPayloadError(error) ? shrink(jobs) : null;
    if (smaller === null) throw error;
    await syncJobs(context, smaller[0]);
    await syncJobs(context, smaller[1]);
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
