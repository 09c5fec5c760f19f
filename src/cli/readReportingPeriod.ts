import { readPeriod, type Period } from "../engine";
import { type Locale, t } from "../i18n";
import { CliError } from "./CliError";

/** `--period` as a reporting period (a year, half-year, quarter, month…), or an error naming the value. */
export function readReportingPeriod(raw: string, locale: Locale): Period {
  const period = readPeriod(raw);
  if (period === null) throw new CliError(t(locale, "cli.error.badReportingPeriod", { value: raw }));
  return period;
}
