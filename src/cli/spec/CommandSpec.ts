import type { Locale, UiKey } from "../../i18n";
import type { CliIo } from "../CliIo";
import type { OptionSpecs, OptionValues } from "./OptionSpec";

/** What a command's code gets: its declared options, parsed and checked, and the files named. */
export type CommandArgs<O extends OptionSpecs> = OptionValues<O> & {
  /** The words that are not options, after the command's name, as given. */
  readonly files: readonly string[];
};

/** Runs a command; resolves to the exit code (0 fine, 1 findings, a CliError for exit 2). */
export type CommandRun<O extends OptionSpecs> = (
  args: CommandArgs<O>,
  io: CliIo,
  locale: Locale,
) => Promise<number>;

/**
 * A command, declared once: its name, what it takes, its options. Parsing, --help and the option errors are
 * derived from this; the code that does the work loads only when the command runs (`--help` stays fast).
 */
export type CommandSpec<O extends OptionSpecs> = {
  readonly name: string;
  /** The files it takes, as the synopsis shows them (`<plan.xlsx> <returns…>`). */
  readonly operands: UiKey;
  /** What it does, one or two lines under the synopsis. */
  readonly summary: UiKey;
  /** Anything else --help says about it (exit codes of its own), or nothing. */
  readonly notes?: UiKey;
  readonly options: O;
  readonly load: () => Promise<CommandRun<O>>;
};

/** A declared command as the parser and the help see it, whatever its options. */
export type Command = {
  readonly name: string;
  readonly operands: UiKey;
  readonly summary: UiKey;
  readonly notes: UiKey | undefined;
  readonly options: OptionSpecs;
  readonly run: (args: Readonly<Record<string, unknown>>, io: CliIo, locale: Locale) => Promise<number>;
};

/** Declares a command; `const` keeps each option's kind and flags, so the command's code gets exact types. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  return {
    name: spec.name,
    operands: spec.operands,
    summary: spec.summary,
    notes: spec.notes,
    options: spec.options,
    run: async (args, io, locale) => (await spec.load())(args as CommandArgs<O>, io, locale),
  };
}
