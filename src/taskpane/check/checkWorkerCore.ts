import { validateWorkbook, type WorkbookGrid } from "../../engine";
import { readNamedWorkbookAsync, WorkbookReadError } from "../../xlsx";
import type { CheckReply, CheckRequest } from "./checkProtocol";
import { GridAssembly, gridPieces, planPieces } from "./pieces";

/** How many grids the worker keeps for re-checks (the file's, and the last one Excel sent). */
export const KEPT_GRIDS = 2;

/**
 * The check worker's work, apart from the worker itself (so tests run it in-process): reads files, takes
 * grids the page sends, validates, and answers in pieces. Requests are handled one after the other, in order.
 */
export function checkWorkerCore(post: (reply: CheckReply) => void): (request: CheckRequest) => Promise<void> {
  const grids = new Map<number, WorkbookGrid>();
  const uploads = new Map<number, GridAssembly>();
  const remember = (id: number, grid: WorkbookGrid): void => {
    grids.delete(id);
    grids.set(id, grid);
    for (const old of grids.keys()) if (grids.size > KEPT_GRIDS) grids.delete(old);
  };
  const fail = (job: number, error: unknown): void =>
    post({
      kind: "failed",
      job,
      problem: error instanceof WorkbookReadError ? error.problem : null,
      message: error instanceof Error ? error.message : String(error),
    });

  const handle = async (request: CheckRequest): Promise<void> => {
    switch (request.kind) {
      case "read": {
        const { job } = request;
        try {
          const { grid } = await readNamedWorkbookAsync(request.bytes, request.name, (read) =>
            post({ kind: "progress", job, ...read }),
          );
          remember(request.grid, grid);
          const { heads, rows } = gridPieces(grid);
          post({ kind: "grid-head", job, sheets: heads });
          for (const piece of rows) post({ kind: "grid-rows", job, ...piece });
          post({ kind: "read-done", job });
        } catch (error) {
          fail(job, error);
        }
        return;
      }
      case "grid-head":
        uploads.set(request.grid, new GridAssembly(request.sheets));
        return;
      case "grid-rows":
        uploads.get(request.grid)?.add(request);
        return;
      case "validate": {
        const { job } = request;
        const upload = uploads.get(request.grid);
        if (upload !== undefined) {
          uploads.delete(request.grid);
          remember(request.grid, upload.finish());
        }
        const grid = grids.get(request.grid);
        if (grid === undefined) {
          post({ kind: "unknown-grid", job });
          return;
        }
        remember(request.grid, grid);
        post({ kind: "checking", job });
        try {
          const { plan, result } = validateWorkbook(grid, request.settings);
          const { head, measures } = planPieces(plan);
          post({ kind: "plan-head", job, plan: head, result });
          for (const piece of measures) post({ kind: "measures", job, ...piece });
          post({ kind: "validated", job });
        } catch (error) {
          fail(job, error);
        }
        return;
      }
    }
  };

  let queue = Promise.resolve();
  return (request) => {
    queue = queue.then(() => handle(request));
    return queue;
  };
}
