import { type Locale, t, type UiKey } from "../../i18n";
import type { Command } from "./CommandSpec";
import { COMMON_OPTIONS } from "./commonOptions";
import { optionName, type OptionSpec } from "./OptionSpec";

/** Synopsis lines are wrapped before this many characters. */
const WIDTH = 110;

/**
 * `plancheck --help`, made from the declarations: for each command its synopsis, what it does and its options,
 * then the options every command takes, standard input and the exit codes.
 */
export function helpText(commands: readonly Command[], locale: Locale): string {
  const say = (key: UiKey): string => t(locale, key);
  const common = Object.entries(COMMON_OPTIONS);
  const labels = [...commands.flatMap((c) => Object.entries(c.options)), ...common].map(([key, spec]) =>
    label(key, spec),
  );
  const column = Math.max(...labels.map((text) => text.length)) + 3;
  const row = (indent: string, name: string, text: string): string[] =>
    hang(`${indent}${name.padEnd(column)}`, text);
  const lines = [say("cli.help.title"), "", say("cli.help.usage")];
  for (const command of commands) {
    lines.push(...synopsis(command, locale), ...hang("    ", say(command.summary)));
    for (const [key, spec] of Object.entries(command.options))
      lines.push(...row("    ", label(key, spec), say(spec.help)));
    if (command.notes !== undefined) lines.push(...hang("    ", say(command.notes)));
    lines.push("");
  }
  lines.push(say("cli.help.everyCommand"));
  for (const [key, spec] of common) lines.push(...row("  ", label(key, spec), say(spec.help)));
  lines.push(...row("  ", "-", say("cli.help.stdin")), "", say("cli.help.exitCodes"));
  return lines.join("\n");
}

/** `--json`, `-o, --out`. */
function label(key: string, spec: OptionSpec): string {
  return spec.short === undefined ? `--${optionName(key)}` : `-${spec.short}, --${optionName(key)}`;
}

/** `plancheck validate <plan.xlsx> [--json] [--out annotated.xlsx] …`, wrapped under the first operand. */
function synopsis(command: Command, locale: Locale): string[] {
  const lead = `  plancheck ${command.name} `;
  const words = [t(locale, command.operands)];
  for (const [key, spec] of Object.entries(command.options)) {
    const usage =
      spec.kind === "flag" ? `--${optionName(key)}` : `--${optionName(key)} ${t(locale, spec.placeholder)}`;
    const required = spec.kind === "value" && spec.required === true;
    const repeated = spec.kind === "value" && spec.repeatable === true ? "…" : "";
    words.push(required ? `${usage}${repeated}` : `[${usage}]${repeated}`);
  }
  const lines: string[] = [];
  let line = lead;
  for (const word of words) {
    if (line.length > lead.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(lead.length);
    }
    line += line.length > lead.length ? ` ${word}` : word;
  }
  return [...lines, line];
}

/** A text after a prefix; its further lines (`\n` in the catalogue) indented to where the text starts. */
function hang(prefix: string, text: string): string[] {
  return text.split("\n").map((part, i) => (i === 0 ? prefix : " ".repeat(prefix.length)) + part);
}
