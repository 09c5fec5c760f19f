/** A failure the user must fix (unreadable file, bad option): printed as one line, exit code 2. */
export class CliError extends Error {
  override readonly name = "CliError";
}
