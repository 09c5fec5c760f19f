import { COMMANDS } from "../../../src/cli/commands";
import { defineCommand } from "../../../src/cli/spec/CommandSpec";
import { asGiven } from "../../../src/cli/spec/OptionSpec";
import { helpText } from "../../../src/cli/spec/helpText";
import { runCli } from "../../../src/cli/main";
import { LOCALES } from "../../../src/i18n/Locale";
import { t } from "../../../src/i18n/translate";
import { memoryIo } from "../../helpers/memoryIo";

describe("plancheck --help is made from the declarations", () => {
  it.each(LOCALES)(
    "in %s: every command's synopsis, summary and options, then the common options",
    (locale) => {
      const lines = helpText(COMMANDS, locale).split("\n");
      const text = lines.join("\n");
      expect(lines[0]).toBe(t(locale, "cli.help.title"));
      expect(lines.at(-1)).toBe(t(locale, "cli.help.exitCodes"));
      for (const name of ["validate", "templates", "consolidate"]) {
        const command = COMMANDS.find((c) => c.name === name)!;
        const start = lines.findIndex((line) =>
          line.startsWith(`  plancheck ${name} ${t(locale, command.operands)}`),
        );
        expect({ name, start }).not.toEqual({ name, start: -1 });
        expect(text).toContain(t(locale, command.summary).split("\n")[0]);
      }
      // one line per option of a command, its name first, then its help
      const validate = lines.slice(lines.findIndex((line) => line.startsWith("  plancheck validate")));
      expect(validate.find((line) => line.trim().startsWith("--max-issues"))).toMatch(
        new RegExp(
          `^ {4}--max-issues +${t(locale, "cli.help.validate.maxIssues").replace(/[()]/g, "\\$&")}$`,
        ),
      );
      expect(validate.find((line) => line.trim().startsWith("-o, --out"))).toContain(
        t(locale, "cli.help.validate.out"),
      );
      expect(text).toContain(`[--period ${t(locale, "cli.help.validate.periodValue")}]`);
      // templates cannot run without --out: no brackets; consolidate can
      expect(text).toContain(
        `plancheck templates ${t(locale, "cli.help.templates.operands")} --out ${t(locale, "cli.help.templates.outValue")} [`,
      );
      expect(text).toContain(`[--out ${t(locale, "cli.help.consolidate.outValue")}]`);
      const every = lines.indexOf(t(locale, "cli.help.everyCommand"));
      expect(lines.slice(every + 1, every + 5).map((line) => line.trim().split(/ {2,}/))).toEqual([
        ["--lang", t(locale, "cli.help.option.lang")],
        ["-h, --help", t(locale, "cli.help.option.help")],
        ["-v, --version", t(locale, "cli.help.option.version")],
        ["-", t(locale, "cli.help.stdin")],
      ]);
    },
  );

  it("continues a text's further lines under its first, and wraps a long synopsis under the first file", () => {
    const lines = helpText(COMMANDS, "en").split("\n");
    const roster = lines.findIndex((line) => line.startsWith("    --roster "));
    const [first, second] = t("en", "cli.help.option.roster").split("\n");
    expect(lines[roster]).toMatch(
      new RegExp(`^ {4}--roster +${first!.slice(0, 10).replace(/[()]/g, "\\$&")}`),
    );
    expect(lines[roster + 1]).toBe(`${" ".repeat(lines[roster]!.indexOf(first!))}${second}`);
    const synopsis = lines.findIndex((line) => line.startsWith("  plancheck consolidate"));
    expect(lines[synopsis + 1]).toBe(
      `${" ".repeat("  plancheck consolidate ".length)}[--json] [--output-lang uk|bg|en]`,
    );
  });

  it("a newly declared command appears with its options", () => {
    const more = defineCommand({
      name: "reminders",
      operands: "cli.help.validate.operands",
      summary: "cli.help.templates.summary",
      options: {
        tag: {
          kind: "value",
          repeatable: true,
          help: "cli.help.validate.settings",
          placeholder: "cli.help.validate.settingsValue",
          parse: asGiven,
        },
      },
      load: async () => async () => 0,
    });
    const text = helpText([...COMMANDS, more], "uk");
    expect(text).toContain(`  plancheck reminders <план.xlsx> [--tag налаштування.json]…\n`);
    expect(text).toMatch(
      new RegExp(`\n {4}--tag +${t("uk", "cli.help.validate.settings").replace(/[()]/g, "\\$&")}\n`),
    );
  });

  it("is what plancheck --help, plancheck help and a command's --help print, in the language asked", async () => {
    for (const argv of [["--help"], ["help", "--lang", "bg"], ["templates", "-h", "--lang", "bg"]]) {
      const run = memoryIo({ LANG: "bg_BG.UTF-8" });
      expect(await runCli(argv, run.io)).toBe(0);
      expect(run.stdout()).toBe(`${helpText(COMMANDS, "bg")}\n`);
      expect(run.stderr()).toBe("");
    }
  });
});
