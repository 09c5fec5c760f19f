import { mkdir } from "node:fs/promises";
import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** The folder a command writes its files into (`--out dir/`), made with its parents if missing. */
export async function ensureOutFolder(io: CliIo, dir: string, locale: Locale): Promise<void> {
  if (io.exists(dir)) return;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.outDirectory", { dir, reason }));
  }
}
