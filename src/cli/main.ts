import { t } from "../i18n/translate";
import { cliLocale } from "./cliLocale";
import { CliError } from "./CliError";
import { nodeIo, type CliIo } from "./CliIo";
import { parseCliArgs } from "./parseCliArgs";
import { reportCommandOf } from "./parseReportArgs";
import { terminalIo, terminalText } from "./terminalText";

export { terminalText };

const VERSION = "0.1.0";

/**
 * The `plancheck` command. Returns the exit code: 0 fine, 1 the plan has errors, 2 the input or the options
 * cannot be used (one line on stderr, no stack trace).
 */
export async function runCli(argv: readonly string[], rawIo: CliIo = nodeIo()): Promise<number> {
  const io = terminalIo(rawIo);
  // The language asked for with --lang, also for a mistake in the other options.
  let locale = cliLocale(langOf(argv), io.env) ?? cliLocale(undefined, io.env) ?? "en";
  try {
    // The commands (engine, readers, writers) load only when one runs: `plancheck --help` stays instant.
    if (reportCommandOf(argv) !== null) {
      const { reportCommand } = await import("./commands/reportCommand.js");
      return await reportCommand(argv, io, locale);
    }
    const args = parseCliArgs(argv, locale);
    const asked = cliLocale(args.lang, io.env);
    if (asked === null) throw new CliError(t(locale, "cli.error.badLanguage", { value: args.lang ?? "" }));
    locale = asked;
    if (args.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (args.help || args.command === null || args.command === "help") {
      io.stdout(`${t(locale, "cli.help")}\n`);
      return 0;
    }
    if (args.command === "validate") {
      const { validateCommand } = await import("./commands/validateCommand.js");
      return await validateCommand(args, io, locale);
    }
    throw new CliError(t(locale, "cli.error.unknownCommand", { command: args.command }));
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plancheck: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** The value of --lang (`--lang uk` or `--lang=uk`) as written, before the options are parsed. */
function langOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? "";
    if (word === "--") return undefined;
    if (word === "--lang") return argv[i + 1];
    if (word.startsWith("--lang=")) return word.slice("--lang=".length);
  }
  return undefined;
}
