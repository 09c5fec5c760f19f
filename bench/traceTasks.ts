/** The page's main thread in a stretch of a Chromium trace: its longest task in wall time and in CPU time, ms. */
export type TaskFigures = { readonly wall: number; readonly cpu: number };

type TraceEvent = {
  readonly name?: string;
  readonly ph?: string;
  readonly ts?: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid?: number;
  readonly tid?: number;
  readonly args?: { readonly data?: { readonly message?: string } };
};

/** A thread's task, as Chromium's trace names it (older and newer builds). */
const TASKS = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

/**
 * Between the page's "plancheck:file-chosen" time stamp and the end of the trace, the tasks (RunTask) of the
 * thread that stamped it (the renderer's main thread): the longest wall time, and the longest CPU time
 * (`tdur`), which a machine busy with other work does not stretch.
 */
export function longestTask(events: readonly unknown[]): TaskFigures {
  const all = events as readonly TraceEvent[];
  const start = all.find((e) => e.name === "TimeStamp" && e.args?.data?.message === "plancheck:file-chosen");
  if (start === undefined || start.ts === undefined) return { wall: Number.NaN, cpu: Number.NaN };
  let wall = 0;
  let cpu = 0;
  for (const event of all) {
    if (
      !TASKS.has(event.name ?? "") ||
      event.ph !== "X" ||
      event.pid !== start.pid ||
      event.tid !== start.tid
    )
      continue;
    if ((event.ts ?? 0) + (event.dur ?? 0) < start.ts) continue;
    wall = Math.max(wall, (event.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return { wall, cpu };
}
