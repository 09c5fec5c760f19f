import { HostError } from "../../host";
import type { WorkbookReadProblem } from "../../xlsx";

/** A file the user opened that is not a workbook PlanCheck can read or annotate; `problem` says why. */
export class UnreadableFileError extends HostError {
  constructor(
    readonly problem: WorkbookReadProblem,
    message: string,
  ) {
    super("unreadable", message);
  }
}
