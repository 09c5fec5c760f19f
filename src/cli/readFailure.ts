import { type Locale, t } from "../i18n";
import { WorkbookReadError, type WorkbookReadProblem } from "../xlsx";
import { CliError } from "./CliError";
import { inputName } from "./readInput";

/**
 * Why a file could not be read, as data that can cross from a worker thread: what the workbook reader found
 * (worded from the catalogue), or the system's own words when the file itself could not be read.
 */
export type ReadFailure =
  { readonly problem: WorkbookReadProblem } | { readonly problem: "system"; readonly reason: string };

/** The ReadFailure an error stands for; null for anything else (a bug, not a file the user must fix). */
export function readFailureOf(error: unknown): ReadFailure | null {
  if (error instanceof WorkbookReadError) return { problem: error.problem };
  // Node's system errors (ENOENT, EACCES…); not `instanceof Error`, which fails across realms
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && /^E[A-Z]+$/.test(code) && typeof message === "string")
    return { problem: "system", reason: message };
  return null;
}

/** "Cannot read <file>: <why>" in the user's language: one line, exit code 2. */
export function cannotRead(file: string, failure: ReadFailure, locale: Locale): CliError {
  const reason = failure.problem === "system" ? failure.reason : t(locale, `read.${failure.problem}`);
  return new CliError(t(locale, "cli.error.cannotRead", { file: inputName(file, locale), reason }));
}
