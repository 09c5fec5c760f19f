import { type Locale, t } from "../../i18n";
import { CliError } from "../CliError";

/** `--max-issues N`: a whole number from 1 to 1,000,000; anything else names the value. */
export function parseMaxIssues(raw: string, locale: Locale): number {
  const value = raw.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000)
    throw new CliError(t(locale, "cli.error.badMaxIssues", { value: raw }));
  return Number(value);
}
