import { type Locale, t } from "../i18n";
import type { CliIo } from "./CliIo";

/** Below this many files reading is quick and progress would be noise. */
const QUIET_BELOW = 10;
/** At most this many progress lines, however many files. */
const STEPS = 20;

/** A progress reporter for reading `total` files: a line on stderr every 5 %, and for the last file. */
export function progress(io: CliIo, locale: Locale, total: number): (current: number, file: string) => void {
  let lastStep = -1;
  return (current, file) => {
    if (total < QUIET_BELOW) return;
    const step = Math.floor((current * STEPS) / total);
    if (step === lastStep && current !== total) return;
    lastStep = step;
    io.stderr(`${t(locale, "cli.consolidate.progress", { current, total, file })}\n`);
  };
}
