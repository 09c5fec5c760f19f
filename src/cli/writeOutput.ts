import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** Writes an output file; a failure is one CliError line naming it. */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: Uint8Array | string,
  locale: Locale,
): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.cannotWrite", { file: path, reason }));
  }
}
