import { readPeriod, type Period } from "../../engine";
import { t } from "../../i18n";
import { CliError } from "../CliError";
import { asGiven, type ValueSpec } from "../spec/OptionSpec";
import { parseLanguage } from "../spec/parseLanguage";

/** `--roster roster.csv`: who is expected to report (templates and consolidate). */
export const rosterOption = {
  kind: "value",
  help: "cli.help.option.roster",
  placeholder: "cli.help.value.roster",
  parse: asGiven,
} as const satisfies ValueSpec;

/** `--output-lang uk|bg|en`: the language of the workbooks written (default: the plan's). */
export const outputLangOption = {
  kind: "value",
  help: "cli.help.option.outputLang",
  placeholder: "cli.help.value.lang",
  parse: parseLanguage,
} as const satisfies ValueSpec;

/** `--period 2025` (templates and consolidate): the reporting period, anything the period grammar reads. */
export const reportingPeriodOption = {
  kind: "value",
  help: "cli.help.option.reportingPeriod",
  placeholder: "cli.help.value.reportingPeriod",
  parse: (raw, locale): Period => {
    const period = readPeriod(raw);
    if (period === null) throw new CliError(t(locale, "cli.error.badReportingPeriod", { value: raw }));
    return period;
  },
} as const satisfies ValueSpec<Period>;
