import { defineCommand, type CommandArgs } from "../spec/CommandSpec";
import { asGiven } from "../spec/OptionSpec";
import { outputLangOption, reportingPeriodOption, rosterOption } from "./reportOptions";

const options = {
  out: {
    kind: "value",
    short: "o",
    required: true,
    help: "cli.help.templates.out",
    placeholder: "cli.help.templates.outValue",
    parse: asGiven,
  },
  roster: rosterOption,
  period: { ...reportingPeriodOption, help: "cli.help.templates.period" },
  outputLang: outputLangOption,
} as const;

export type TemplatesArgs = CommandArgs<typeof options>;

/** `plancheck templates <plan.xlsx> --out <folder>`: report templates, one per executor (see templatesCommand). */
export const templatesSpec = defineCommand({
  name: "templates",
  operands: "cli.help.templates.operands",
  summary: "cli.help.templates.summary",
  notes: "cli.help.templates.notes",
  options,
  load: async () => (await import("./templatesCommand.js")).templatesCommand,
});
