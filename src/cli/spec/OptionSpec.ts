import type { Locale, UiKey } from "../../i18n";

/** An option without a value (`--json`): true when given. */
export type FlagSpec = {
  readonly kind: "flag";
  /** One letter: `-h` for `--help`. */
  readonly short?: string;
  /** What it does, as shown by --help. */
  readonly help: UiKey;
};

/** An option with a value (`--out file.xlsx`, `--out=file.xlsx`). */
export type ValueSpec<T = unknown> = {
  readonly kind: "value";
  readonly short?: string;
  readonly help: UiKey;
  /** The value as the synopsis shows it (`annotated.xlsx`, `uk|bg|en`), translated. */
  readonly placeholder: UiKey;
  /** The command cannot run without it (an error naming the option and what it is for). */
  readonly required?: boolean;
  /** May be given more than once; the command gets every value, in order. */
  readonly repeatable?: boolean;
  /** The value as given → what the command gets; throws a CliError in `locale` when it cannot be used. */
  readonly parse: (raw: string, locale: Locale) => T;
};

export type OptionSpec = FlagSpec | ValueSpec;

/** A command's options by name: `maxIssues` is written `--max-issues` on the command line. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What a command gets for its declared options. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends ValueSpec<infer T>
    ? O[K] extends { readonly repeatable: true }
      ? readonly T[]
      : O[K] extends { readonly required: true }
        ? T
        : T | undefined
    : boolean;
};

/** The command-line name of an option key: `outputLang` → `output-lang`. */
export function optionName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The value as given: for options whose text the command reads itself (file names). */
export const asGiven = (raw: string): string => raw;
