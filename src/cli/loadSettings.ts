import { DEFAULT_SETTINGS } from "../engine/settings/defaultSettings";
import type { Settings } from "../engine/settings/Settings";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/**
 * Settings from --settings (a JSON file), overridden by --period and --max-issues, validated as one; the defaults
 * when none of them is given.
 */
export async function loadSettings(
  options: { settings?: string | undefined; period?: string | undefined; maxIssues?: string | undefined },
  io: CliIo,
  locale: Locale,
): Promise<Settings> {
  const file = options.settings;
  if (file === undefined && options.period === undefined && options.maxIssues === undefined)
    return DEFAULT_SETTINGS;
  let input: Record<string, unknown> = {};
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
  // The schema library is loaded only when there is something to validate (it costs start-up time).
  const { parseSettings } = await import("../engine/settings/Settings.js");
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
