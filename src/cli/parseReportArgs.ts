import { parseArgs } from "node:util";
import type { Locale } from "../i18n/Locale";
import { optionError } from "./optionError";

/** The commands of the reporting cycle: report templates out, returns in. */
export const REPORT_COMMANDS = ["consolidate", "templates"] as const;
export type ReportCommand = (typeof REPORT_COMMANDS)[number];

export type ReportArgs = {
  readonly command: ReportCommand;
  /** The plan, then (consolidate) the returns, as given. */
  readonly files: readonly string[];
  readonly help: boolean;
  readonly json: boolean;
  readonly lang: string | undefined;
  /** The language of the workbooks written (default: the plan's). */
  readonly outputLang: string | undefined;
  readonly out: string | undefined;
  readonly roster: string | undefined;
  /** The reporting period ("2025"), as given. */
  readonly period: string | undefined;
};

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "output-lang": { type: "string" },
  out: { type: "string", short: "o" },
  roster: { type: "string" },
  period: { type: "string" },
} as const;

/** Options that take a value, so the word after them is not the command. */
const VALUE_OPTIONS = new Set([
  "--lang",
  "--output-lang",
  "--out",
  "-o",
  "--roster",
  "--settings",
  "--period",
  "--max-issues",
]);

/** The reporting command named on the command line (options may come first), or null for any other. */
export function reportCommandOf(argv: readonly string[]): ReportCommand | null {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? "";
    if (VALUE_OPTIONS.has(word)) {
      i++;
      continue;
    }
    if (word.startsWith("-")) continue;
    return (REPORT_COMMANDS as readonly string[]).includes(word) ? (word as ReportCommand) : null;
  }
  return null;
}

/** Command-line words of `consolidate` / `templates` to options; unknown or malformed options → CliError in `locale`. */
export function parseReportArgs(argv: readonly string[], locale: Locale): ReportArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
    const [command, ...files] = positionals;
    return {
      command: command === "templates" ? "templates" : "consolidate",
      files,
      help: values.help === true,
      json: values.json === true,
      lang: values.lang,
      outputLang: values["output-lang"],
      out: values.out,
      roster: values.roster,
      period: values.period,
    };
  } catch (error) {
    throw optionError(error, locale);
  }
}
