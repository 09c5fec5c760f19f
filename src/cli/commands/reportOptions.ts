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
