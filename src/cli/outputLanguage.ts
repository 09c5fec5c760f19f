import { isLocale, type Locale, t } from "../i18n";
import { CliError } from "./CliError";
import type { ReportArgs } from "./parseReportArgs";

/**
 * The language asked for the workbooks written (--output-lang), or null: they then speak the plan's language,
 * whatever language the messages are in.
 */
export function outputLanguage(args: ReportArgs, locale: Locale): Locale | null {
  if (args.outputLang === undefined) return null;
  const lang = args.outputLang.toLowerCase();
  if (!isLocale(lang)) throw new CliError(t(locale, "cli.error.badLanguage", { value: args.outputLang }));
  return lang;
}
