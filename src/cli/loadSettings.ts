import { DEFAULT_SETTINGS, type Settings, type SettingsProblem } from "../engine";
import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { inputName, readInput } from "./readInput";
import type { PeriodYears } from "./spec/parsePeriod";

/**
 * Settings from --settings (a JSON file), overridden by --period and --max-issues (already checked by their
 * declarations in validateSpec), validated as one; the defaults
 * when none of them is given.
 */
export async function loadSettings(
  options: {
    readonly settings?: string | undefined;
    readonly period?: PeriodYears | undefined;
    readonly maxIssues?: number | undefined;
  },
  io: CliIo,
  locale: Locale,
): Promise<Settings> {
  const file = options.settings;
  if (file === undefined && options.period === undefined && options.maxIssues === undefined)
    return DEFAULT_SETTINGS;
  let input: Record<string, unknown> = {};
  if (file !== undefined) {
    const bytes = await readInput(file, io, locale);
    try {
      input = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    } catch (error) {
      throw new CliError(
        t(locale, "cli.error.cannotRead", {
          file: inputName(file, locale),
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  if (options.period !== undefined) input = { ...input, planPeriod: options.period };
  if (options.maxIssues !== undefined) input = { ...input, maxIssues: options.maxIssues };
  // The schema library is loaded only when there is something to validate (it costs start-up time).
  const { parseSettings } = await import("../engine/index.js");
  const parsed = parseSettings(input);
  if (!parsed.ok) {
    throw new CliError(
      t(locale, "cli.error.badSettings", {
        file: file === undefined ? "--period/--max-issues" : inputName(file, locale),
        problems: parsed.details.map((problem) => describeProblem(problem, locale)).join("; "),
      }),
    );
  }
  return parsed.settings;
}

/** "planPeriod.startYear: must be at least 1990", in the user's language (the key path stays as written). */
export function describeProblem(problem: SettingsProblem, locale: Locale): string {
  const values = (problem.values ?? []).join(", ");
  const reason = (() => {
    switch (problem.kind) {
      case "type":
        switch (problem.expected) {
          case "array":
            return t(locale, "cli.settings.type.array");
          case "boolean":
            return t(locale, "cli.settings.type.boolean");
          case "number":
            return t(locale, "cli.settings.type.number");
          case "object":
            return t(locale, "cli.settings.type.object");
          case "string":
            return t(locale, "cli.settings.type.string");
          default:
            return t(locale, "cli.settings.other");
        }
      case "whole-number":
        return t(locale, "cli.settings.wholeNumber");
      case "too-small":
        return t(locale, "cli.settings.tooSmall", { limit: problem.limit ?? "" });
      case "too-large":
        return t(locale, "cli.settings.tooLarge", { limit: problem.limit ?? "" });
      case "unknown-key":
        return t(locale, "cli.settings.unknownKey", { keys: values });
      case "choice":
        return t(locale, "cli.settings.choice", { values });
      case "column-letter":
        return t(locale, "cli.settings.columnLetter");
      case "period-order":
        return t(locale, "cli.settings.periodOrder");
      case "other":
        return t(locale, "cli.settings.other");
    }
  })();
  return problem.path === "" ? reason : `${problem.path}: ${reason}`;
}
