import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** The file name that means standard input. */
export const STDIN = "-";

/** How a file is named in messages: its path, or "standard input" for `-`. */
export function inputName(path: string, locale: Locale): string {
  return path === STDIN ? t(locale, "cli.stdin") : path;
}

/**
 * The bytes of an input file, or of standard input for `-`. A missing file, a folder where a file is
 * expected, or a read failure is one CliError line naming it.
 */
export async function readInput(path: string, io: CliIo, locale: Locale): Promise<Uint8Array> {
  if (path === STDIN) return io.readStdin();
  if (!io.exists(path)) throw new CliError(t(locale, "cli.error.notFound", { file: path }));
  if (io.isDirectory(path)) throw new CliError(t(locale, "cli.error.isFolder", { file: path }));
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.cannotRead", { file: path, reason }));
  }
}

/** Standard input can be read once: at most one of the inputs may be `-`. */
export function checkStdinOnce(paths: readonly (string | undefined)[], locale: Locale): void {
  if (paths.filter((path) => path === STDIN).length > 1)
    throw new CliError(t(locale, "cli.error.stdinTwice"));
}
