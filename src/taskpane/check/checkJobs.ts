import type { Settings, ValidationResult, WorkbookGrid } from "../../engine";
import type { ReadProgress } from "../../host";
import type { WorkbookReadProblem } from "../../xlsx";
import { UnreadableFileError } from "../platform/UnreadableFileError";
import type { CheckReply } from "./checkProtocol";
import { GridAssembly, PlanAssembly } from "./pieces";
import type { Validated } from "./PlanChecker";

/** A file being read in the worker: its grid is assembled here as the pieces come. */
export type ReadJob = {
  readonly kind: "read";
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly grid: number;
  readonly onProgress: ((read: ReadProgress) => void) | undefined;
  readonly resolve: (grid: WorkbookGrid) => void;
  readonly reject: (error: unknown) => void;
  assembly: GridAssembly | null;
};

export type ValidateJob = {
  readonly kind: "validate";
  readonly grid: WorkbookGrid;
  readonly settings: Settings;
  readonly resolve: (validated: Validated) => void;
  readonly reject: (error: unknown) => void;
  retried: boolean;
  assembly: PlanAssembly | null;
  result: ValidationResult | null;
};

export type Job = ReadJob | ValidateJob;

/**
 * What a reply means for its job: still pending; finished (the job resolved or rejected here — a read's grid
 * is handed back to be registered first); or the grid must be sent again.
 */
export type ReplyOutcome =
  | "pending"
  | "done"
  | { readonly kind: "resend"; readonly job: ValidateJob }
  | { readonly kind: "grid"; readonly job: ReadJob; readonly grid: WorkbookGrid };

export function applyReply(job: Job, reply: CheckReply): ReplyOutcome {
  switch (reply.kind) {
    case "progress":
      if (job.kind === "read")
        job.onProgress?.({ sheet: reply.sheet, sheets: reply.sheets, rows: reply.rows, totalRows: null });
      return "pending";
    case "grid-head":
      if (job.kind === "read") job.assembly = new GridAssembly(reply.sheets);
      return "pending";
    case "grid-rows":
      if (job.kind === "read") job.assembly?.add(reply);
      return "pending";
    case "read-done":
      if (job.kind !== "read" || job.assembly === null) return "pending";
      return { kind: "grid", job, grid: job.assembly.finish() };
    case "checking":
      return "pending";
    case "plan-head":
      if (job.kind !== "validate") return "pending";
      job.assembly = new PlanAssembly(reply.plan);
      job.result = reply.result;
      return "pending";
    case "measures":
      if (job.kind === "validate") job.assembly?.add(reply);
      return "pending";
    case "validated":
      if (job.kind !== "validate" || job.assembly === null || job.result === null) return "pending";
      job.resolve({ plan: job.assembly.finish(), result: job.result });
      return "done";
    case "unknown-grid":
      if (job.kind !== "validate") return "pending";
      if (!job.retried) {
        job.retried = true;
        return { kind: "resend", job };
      }
      job.reject(new Error("The check worker lost the workbook it was sent."));
      return "done";
    case "failed":
      job.reject(
        reply.problem === null
          ? new Error(reply.message)
          : new UnreadableFileError(reply.problem as WorkbookReadProblem, reply.message),
      );
      return "done";
  }
}
