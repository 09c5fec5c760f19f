import type { OptionSpecs } from "./OptionSpec";
import { parseLanguage } from "./parseLanguage";

/** Options of `plancheck` alone and of every command: the messages' language, help, the version. */
export const COMMON_OPTIONS = {
  lang: {
    kind: "value",
    help: "cli.help.option.lang",
    placeholder: "cli.help.value.lang",
    parse: parseLanguage,
  },
  help: { kind: "flag", short: "h", help: "cli.help.option.help" },
  version: { kind: "flag", short: "v", help: "cli.help.option.version" },
} as const satisfies OptionSpecs;
