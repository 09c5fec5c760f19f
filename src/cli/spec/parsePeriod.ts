import { type Locale, t } from "../../i18n";
import { CliError } from "../CliError";

export type PeriodYears = { readonly startYear: number; readonly endYear: number };

/** `--period 2024-2027` (or `2024–2027`, or one year) as the plan period; anything else names the value. */
export function parsePeriod(raw: string, locale: Locale): PeriodYears {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(raw);
  if (match === null) throw new CliError(t(locale, "cli.error.badPeriod", { value: raw }));
  return { startYear: Number(match[1]), endYear: Number(match[2] ?? match[1]) };
}
