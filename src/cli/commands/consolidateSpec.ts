import { defineCommand, type CommandArgs } from "../spec/CommandSpec";
import { asGiven } from "../spec/OptionSpec";
import { outputLangOption, reportingPeriodOption, rosterOption } from "./reportOptions";

const options = {
  roster: rosterOption,
  out: {
    kind: "value",
    short: "o",
    help: "cli.help.consolidate.out",
    placeholder: "cli.help.consolidate.outValue",
    parse: asGiven,
  },
  period: reportingPeriodOption,
  json: { kind: "flag", help: "cli.help.consolidate.json" },
  outputLang: outputLangOption,
} as const;

export type ConsolidateArgs = CommandArgs<typeof options>;

/** `plancheck consolidate <plan.xlsx> <returns…>`: the returns matched to the plan (see consolidateCommand). */
export const consolidateSpec = defineCommand({
  name: "consolidate",
  operands: "cli.help.consolidate.operands",
  summary: "cli.help.consolidate.summary",
  notes: "cli.help.consolidate.notes",
  options,
  load: async () => (await import("./consolidateCommand.js")).consolidateCommand,
});
