import { type Locale, t } from "../../i18n";
import type { CliIo } from "../CliIo";
import { jsonText } from "./jsonText";

/** Prints a `--json` document (valid UTF-8 JSON, see jsonText); repaired characters are reported on stderr. */
export function printJson(io: CliIo, value: object, locale: Locale, indent?: number): void {
  const { text, repaired } = jsonText(value, indent);
  // jsonText's output holds nothing terminalText would escape: written as it is (megabytes for a big plan)
  (io.stdoutInert ?? io.stdout)(`${text}\n`);
  if (repaired > 0) io.stderr(`plancheck: ${t(locale, "cli.jsonRepaired", { count: repaired })}\n`);
}
