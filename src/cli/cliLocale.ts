import { isLocale, resolveLocale, type Locale } from "../i18n";

/** The language asked for with --lang, else the one the environment (LANG, LC_ALL) names, else English. */
export function cliLocale(
  lang: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Locale | null {
  if (lang !== undefined) return isLocale(lang.toLowerCase()) ? (lang.toLowerCase() as Locale) : null;
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
