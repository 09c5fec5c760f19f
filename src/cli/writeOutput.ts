import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { LinkTargetError } from "./writeFileSafely";

/**
 * Writes an output file: every file the CLI writes goes through here (and so through CliIo.writeFile, a safe
 * write). A failure is one CliError line naming the file. Returns whether a file of that name was replaced.
 */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: Uint8Array | string,
  locale: Locale,
): Promise<{ readonly replaced: boolean }> {
  const replaced = io.exists(path);
  try {
    await io.writeFile(path, data);
  } catch (error) {
    if (error instanceof LinkTargetError)
      throw new CliError(t(locale, "cli.error.outIsLink", { file: path }));
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.cannotWrite", { file: path, reason }));
  }
  return { replaced };
}
