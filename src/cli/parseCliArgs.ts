import { parseArgs } from "node:util";
import type { Locale } from "../i18n";
import { optionError } from "./optionError";

export type CliArgs = {
  readonly command: string | null;
  readonly files: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  readonly json: boolean;
  readonly lang: string | undefined;
  readonly out: string | undefined;
  readonly settings: string | undefined;
  readonly period: string | undefined;
  readonly maxIssues: string | undefined;
};

/** Command-line words to options; unknown or malformed options are a CliError in `locale` (exit 2). */
export function parseCliArgs(argv: readonly string[], locale: Locale): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        json: { type: "boolean" },
        lang: { type: "string" },
        out: { type: "string", short: "o" },
        settings: { type: "string" },
        period: { type: "string" },
        "max-issues": { type: "string" },
      },
    });
    const [command, ...files] = positionals;
    return {
      command: command ?? null,
      files,
      help: values.help === true,
      version: values.version === true,
      json: values.json === true,
      lang: values.lang,
      out: values.out,
      settings: values.settings,
      period: values.period,
      maxIssues: values["max-issues"],
    };
  } catch (error) {
    throw optionError(error, locale);
  }
}
