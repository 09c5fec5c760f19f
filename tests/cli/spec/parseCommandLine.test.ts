import { COMMANDS } from "../../../src/cli/commands";
import { CliError } from "../../../src/cli/CliError";
import { defineCommand, type CommandArgs } from "../../../src/cli/spec/CommandSpec";
import { asGiven } from "../../../src/cli/spec/OptionSpec";
import { allOptions, parseCommandLine } from "../../../src/cli/spec/parseCommandLine";
import { parseLanguage } from "../../../src/cli/spec/parseLanguage";
import type { Locale } from "../../../src/i18n/Locale";
import { t } from "../../../src/i18n/translate";

/** A command declared here as a new one would be: a flag, a short option, a repeatable, a required one. */
const sampleOptions = {
  json: { kind: "flag", help: "cli.help.validate.json" },
  out: {
    kind: "value",
    short: "o",
    help: "cli.help.validate.out",
    placeholder: "cli.help.validate.outValue",
    parse: asGiven,
  },
  tag: {
    kind: "value",
    repeatable: true,
    help: "cli.help.option.roster",
    placeholder: "cli.help.value.roster",
    parse: (raw: string) => raw.toUpperCase(),
  },
  outputLang: {
    kind: "value",
    required: true,
    help: "cli.help.option.outputLang",
    placeholder: "cli.help.value.lang",
    parse: parseLanguage,
  },
} as const;
const ran: CommandArgs<typeof sampleOptions>[] = [];
const sample = defineCommand({
  name: "sample",
  operands: "cli.help.validate.operands",
  summary: "cli.help.validate.summary",
  options: sampleOptions,
  load: async () => async (args) => {
    ran.push(args);
    return 0;
  },
});
const commands = [...COMMANDS, sample];

const parse = (argv: readonly string[], env: Record<string, string> = {}) =>
  parseCommandLine(argv, commands, env);

/** The CliError message the command line gives, or null when it parses. */
function mistake(argv: readonly string[], env: Record<string, string> = {}): string | null {
  try {
    parse(argv, env);
    return null;
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
}

describe("parseCommandLine", () => {
  it("finds the command after any options and parses every form of the declared options", () => {
    const expected = {
      files: ["a.xlsx", "b.xlsx"],
      json: true,
      out: "x.xlsx",
      tag: ["ONE", "TWO"],
      outputLang: "bg",
    };
    for (const argv of [
      [
        "sample",
        "a.xlsx",
        "b.xlsx",
        "--json",
        "--out",
        "x.xlsx",
        "--tag",
        "one",
        "--tag=two",
        "--output-lang",
        "BG",
      ],
      [
        "--out",
        "x.xlsx",
        "--tag",
        "one",
        "sample",
        "--json",
        "a.xlsx",
        "--output-lang=bg",
        "b.xlsx",
        "--tag",
        "two",
      ],
      [
        "-o",
        "x.xlsx",
        "--json",
        "--tag",
        "one",
        "--tag",
        "two",
        "--output-lang",
        "bg",
        "sample",
        "a.xlsx",
        "b.xlsx",
      ],
    ]) {
      const line = parse(argv);
      expect(line.kind).toBe("run");
      if (line.kind !== "run") return;
      expect(line.command.name).toBe("sample");
      expect(line.args).toEqual(expected);
      expect(line.locale).toBe("en");
    }
  });

  it("gives a repeatable option an empty list and a flag false when they are absent; `-` is a file", async () => {
    const line = parse(["sample", "-", "--output-lang", "en"]);
    if (line.kind !== "run") throw new Error(line.kind);
    expect(line.args).toEqual({ files: ["-"], json: false, out: undefined, tag: [], outputLang: "en" });
    await line.command.run(line.args, {} as never, line.locale);
    expect(ran.at(-1)).toEqual(line.args);
  });

  it("words after -- are files, even when they look like options", () => {
    const line = parse(["sample", "--output-lang", "en", "--", "--json", "-o"]);
    expect(line.kind === "run" && line.args).toEqual({
      files: ["--json", "-o"],
      json: false,
      out: undefined,
      tag: [],
      outputLang: "en",
    });
  });

  it.each(["uk", "bg", "en"] as const)(
    "says in %s what is wrong, naming the option or the value",
    (locale: Locale) => {
      const lang = ["--lang", locale];
      expect(mistake(["sample", "a", ...lang])).toBe(
        t(locale, "cli.error.optionRequired", {
          command: "sample",
          option: "--output-lang",
          what: t(locale, "cli.help.option.outputLang"),
        }),
      );
      expect(mistake(["sample", "a", "--output-lang", "de", ...lang])).toBe(
        t(locale, "cli.error.badLanguage", { value: "de" }),
      );
      // declared for consolidate, not for validate
      expect(mistake(["validate", "a", "--roster", "r.csv", ...lang])).toBe(
        t(locale, "cli.error.unknownOption", { option: "--roster" }),
      );
      expect(mistake(["validate", "a", "--json=yes", ...lang])).toBe(
        t(locale, "cli.error.optionTakesNoValue", { option: "--json" }),
      );
      expect(mistake(["validate", "a", ...lang, "-o"])).toBe(
        t(locale, "cli.error.optionNeedsValue", { option: "--out" }),
      );
      expect(mistake(["validate", "a", "--max-issues", "0", ...lang])).toBe(
        t(locale, "cli.error.badMaxIssues", { value: "0" }),
      );
      expect(mistake(["frobnicate", ...lang])).toBe(
        t(locale, "cli.error.unknownCommand", { command: "frobnicate" }),
      );
    },
  );

  it("an unknown --lang is named in the environment's language, and the environment's language is the default", () => {
    expect(mistake(["validate", "a", "--lang", "de"], { LANG: "bg_BG.UTF-8" })).toBe(
      t("bg", "cli.error.badLanguage", { value: "de" }),
    );
    expect(mistake(["validate", "a", "--frobnicate"], { LC_ALL: "uk_UA.UTF-8" })).toBe(
      t("uk", "cli.error.unknownOption", { option: "--frobnicate" }),
    );
    const line = parse(["validate", "a", "--lang", "UK"], { LANG: "bg_BG.UTF-8" });
    expect(line.locale).toBe("uk");
  });

  it("help without a command, with `help` or with --help; the version with --version", () => {
    expect(parse([])).toEqual({ kind: "help", locale: "en" });
    expect(parse(["help", "--lang", "bg"])).toEqual({ kind: "help", locale: "bg" });
    expect(parse(["consolidate", "p.xlsx", "--help"], { LANG: "uk" })).toEqual({
      kind: "help",
      locale: "uk",
    });
    // any declared option is accepted without a command, none other
    expect(parse(["--json"])).toEqual({ kind: "help", locale: "en" });
    expect(mistake(["--frobnicate"])).toBe(t("en", "cli.error.unknownOption", { option: "--frobnicate" }));
    expect(parse(["-v"])).toEqual({ kind: "version", locale: "en" });
    expect(parse(["validate", "--version"])).toEqual({ kind: "version", locale: "en" });
  });
});

describe("allOptions", () => {
  it("the commands agree on every option they share (one name, one kind, one short letter)", () => {
    expect(Object.keys(allOptions(COMMANDS)).sort()).toEqual(
      [
        "help",
        "history",
        "json",
        "lang",
        "maxIssues",
        "out",
        "outputLang",
        "period",
        "roster",
        "settings",
        "version",
      ].sort(),
    );
  });

  it("refuses an option declared in two ways, or a short letter given to two options", () => {
    const asFlag = defineCommand({
      name: "other",
      operands: "cli.help.validate.operands",
      summary: "cli.help.validate.summary",
      options: { out: { kind: "flag", short: "o", help: "cli.help.validate.out" } },
      load: async () => async () => 0,
    });
    expect(() => allOptions([...COMMANDS, asFlag])).toThrow("--out is declared in two ways");
    const sameLetter = defineCommand({
      name: "other",
      operands: "cli.help.validate.operands",
      summary: "cli.help.validate.summary",
      options: { output: { kind: "flag", short: "o", help: "cli.help.validate.out" } },
      load: async () => async () => 0,
    });
    expect(() => allOptions([...COMMANDS, sameLetter])).toThrow("-o is declared for two options");
  });
});
