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

/**
 * `--period 2025` (templates, consolidate, report, requests): the reporting period as given; each command reads
 * it with readReportingPeriod (the period grammar is the engine's, which --help does not load).
 */
export const reportingPeriodOption = {
  kind: "value",
  help: "cli.help.option.reportingPeriod",
  placeholder: "cli.help.value.reportingPeriod",
  parse: asGiven,
} as const satisfies ValueSpec;
