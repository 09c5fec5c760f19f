/** Why a file could not be read as a workbook. */
export type WorkbookReadProblem = "empty" | "not-a-workbook" | "encrypted" | "corrupt" | "unsupported";

/**
 * The input is not a workbook we can read: empty, another kind of file, password-protected, or damaged.
 * `message` is one line saying what is wrong (and where, when known); `problem` lets a UI translate it.
 */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly problem: WorkbookReadProblem,
    message: string,
  ) {
    super(message);
  }
}
