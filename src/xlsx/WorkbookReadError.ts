import type { ExceededLimit } from "./limits";

/** Why a file could not be read as a workbook. */
export type WorkbookReadProblem =
  "empty" | "not-a-workbook" | "encrypted" | "corrupt" | "unsupported" | "too-large";

export type { ExceededLimit };

/**
 * The input is not a workbook we can read: empty, another kind of file, password-protected, damaged, or over
 * a reading limit (`exceeded` then says which). `message` is one line saying what is wrong (and where, when
 * known); `problem` and `exceeded` let a UI translate it.
 */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly problem: WorkbookReadProblem,
    message: string,
    readonly exceeded: ExceededLimit | null = null,
  ) {
    super(message);
  }
}

/** The placeholders of a limit's message (`read.limit.<limit>` in the catalogues): only those known. */
export function exceededParams(exceeded: ExceededLimit): Record<string, string | number> {
  const { value, sheet, part, cell } = exceeded;
  return {
    value,
    ...(sheet === undefined ? {} : { sheet }),
    ...(part === undefined ? {} : { part }),
    ...(cell === undefined ? {} : { cell }),
  };
}
