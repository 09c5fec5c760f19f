import { parseSettings, type Settings } from "../engine/settings/Settings";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** Settings from --settings (a JSON file), overridden by --period and --max-issues, validated as one. */
export async function loadSettings(
  options: { settings?: string | undefined; period?: string | undefined; maxIssues?: string | undefined },
  io: CliIo,
  locale: Locale,
): Promise<Settings> {
  let input: Record<string, unknown> = {};
  const file = options.settings;
  if (file !== undefined) {
    if (!io.exists(file)) throw new CliError(t(locale, "cli.error.notFound", { file }));
    try {
      input = JSON.parse(new TextDecoder().decode(await io.readFile(file))) as Record<string, unknown>;
    } catch (error) {
      throw new CliError(
        t(locale, "cli.error.cannotRead", {
          file,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  if (options.period !== undefined) {
    const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(options.period);
    if (match === null)
      throw new CliError(t(locale, "cli.error.badOption", { problem: `--period ${options.period}` }));
    input = { ...input, planPeriod: { startYear: Number(match[1]), endYear: Number(match[2] ?? match[1]) } };
  }
  if (options.maxIssues !== undefined) input = { ...input, maxIssues: Number(options.maxIssues) };
  const parsed = parseSettings(input);
  if (!parsed.ok) {
    throw new CliError(
      t(locale, "cli.error.badSettings", {
        file: file ?? "--period/--max-issues",
        problems: parsed.problems.join("; "),
      }),
    );
  }
  return parsed.settings;
}
