import { parseArgs } from "node:util";
import { type Locale, t } from "../../i18n";
import { cliLocale } from "../cliLocale";
import { CliError } from "../CliError";
import { optionError } from "../optionError";
import type { Command } from "./CommandSpec";
import { COMMON_OPTIONS } from "./commonOptions";
import { optionName, type OptionSpec, type OptionSpecs } from "./OptionSpec";

/** What the command line asks for, in the language the user reads. */
export type CommandLine =
  | { readonly kind: "help"; readonly locale: Locale }
  | { readonly kind: "version"; readonly locale: Locale }
  | {
      readonly kind: "run";
      readonly command: Command;
      /** The command's options, parsed and checked, and `files`: the words after its name. */
      readonly args: Readonly<Record<string, unknown>>;
      readonly locale: Locale;
    };

/**
 * The command line against the declared commands: the command is the first word that is not an option
 * (options may come first), then the words are parsed with that command's options and the common ones only.
 * Without a command, or for an unknown one, any declared option is accepted. Every mistake is a CliError
 * in the language --lang asks for (else LANG's, else English).
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly Command[],
  env: Readonly<Record<string, string | undefined>>,
): CommandLine {
  const every = allOptions(commands);
  // A first, lenient look: which command, which language (for the mistakes in the rest).
  const loose = parseArgs({
    args: [...argv],
    options: parseArgsConfig(every),
    strict: false,
    allowPositionals: true,
  });
  const lang = loose.values.lang;
  const envLocale = cliLocale(undefined, env) ?? "en";
  const locale = cliLocale(typeof lang === "string" ? lang : undefined, env) ?? envLocale;
  const name = loose.positionals[0];
  const command = commands.find((c) => c.name === name);
  const specs: OptionSpecs = command === undefined ? every : { ...COMMON_OPTIONS, ...command.options };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: parseArgsConfig(specs),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw optionError(error, locale);
  }
  const values = optionValues(parsed.values, specs, locale);
  const asked = (values.lang as Locale | undefined) ?? envLocale;
  if (values.version === true) return { kind: "version", locale: asked };
  if (values.help === true || name === undefined || name === "help") return { kind: "help", locale: asked };
  if (command === undefined) throw new CliError(t(asked, "cli.error.unknownCommand", { command: name }));
  for (const [key, spec] of Object.entries(command.options))
    if (spec.kind === "value" && spec.required === true && values[key] === undefined)
      throw new CliError(
        t(asked, "cli.error.optionRequired", {
          command: command.name,
          option: `--${optionName(key)}`,
          what: t(asked, spec.help),
        }),
      );
  const args: Record<string, unknown> = { files: parsed.positionals.slice(1) };
  for (const key of Object.keys(command.options)) args[key] = values[key];
  return { kind: "run", command, args, locale: asked };
}

/** The options of all commands and the common ones; an option two commands declare differently is a bug. */
export function allOptions(commands: readonly Command[]): OptionSpecs {
  const every: Record<string, OptionSpec> = { ...COMMON_OPTIONS };
  const shorts = new Map<string, string>();
  const declared: [string, OptionSpec][] = [
    ...Object.entries(COMMON_OPTIONS),
    ...commands.flatMap((c) => Object.entries(c.options)),
  ];
  for (const [key, spec] of declared) {
    const known = every[key];
    if (
      known !== undefined &&
      (known.kind !== spec.kind || known.short !== spec.short || repeats(known) !== repeats(spec))
    )
      throw new Error(`plancheck: the option --${optionName(key)} is declared in two ways`);
    if (spec.short !== undefined && (shorts.get(spec.short) ?? key) !== key)
      throw new Error(`plancheck: -${spec.short} is declared for two options`);
    if (spec.short !== undefined) shorts.set(spec.short, key);
    every[key] ??= spec;
  }
  return every;
}

function repeats(spec: OptionSpec): boolean {
  return spec.kind === "value" && spec.repeatable === true;
}

type ParseArgsOptions = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

function parseArgsConfig(specs: OptionSpecs): ParseArgsOptions {
  const config: ParseArgsOptions = {};
  for (const [key, spec] of Object.entries(specs))
    config[optionName(key)] = {
      type: spec.kind === "flag" ? "boolean" : "string",
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(repeats(spec) ? { multiple: true } : {}),
    };
  return config;
}

/** Each declared option's value as the command gets it, checked in the order declared (common ones first). */
function optionValues(
  given: Readonly<Record<string, unknown>>,
  specs: OptionSpecs,
  locale: Locale,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const raw = given[optionName(key)];
    if (spec.kind === "flag") values[key] = raw === true;
    else if (Array.isArray(raw)) values[key] = raw.map((value: string) => spec.parse(value, locale));
    else if (typeof raw === "string") values[key] = spec.parse(raw, locale);
    else values[key] = repeats(spec) ? [] : undefined;
  }
  return values;
}
