import { isLocale, type Locale, t } from "../../i18n";
import { CliError } from "../CliError";

/** A language code (uk, bg, en, in any case) as an option's value; anything else is an error naming it. */
export function parseLanguage(raw: string, locale: Locale): Locale {
  const lang = raw.toLowerCase();
  if (!isLocale(lang)) throw new CliError(t(locale, "cli.error.badLanguage", { value: raw }));
  return lang;
}
