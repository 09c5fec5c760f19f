import type { ExceededLimit } from "../../engine";
import { HostError } from "../../host";
import type { WorkbookReadProblem } from "../../xlsx";

/**
 * A file the user opened that is not a workbook PlanCheck can read or annotate; `problem` says why, and
 * `exceeded` which reading limit it went over (for "too-large").
 */
export class UnreadableFileError extends HostError {
  constructor(
    readonly problem: WorkbookReadProblem,
    message: string,
    readonly exceeded: ExceededLimit | null = null,
  ) {
    super("unreadable", message);
  }
}
