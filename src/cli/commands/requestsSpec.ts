import { defineCommand, type CommandArgs } from "../spec/CommandSpec";
import { asGiven } from "../spec/OptionSpec";
import { outputLangOption, reportingPeriodOption, rosterOption } from "./reportOptions";

const options = {
  roster: rosterOption,
  period: reportingPeriodOption,
  out: {
    kind: "value",
    short: "o",
    required: true,
    help: "cli.help.requests.out",
    placeholder: "cli.help.requests.outValue",
    parse: asGiven,
  },
  outputLang: outputLangOption,
} as const;

export type RequestsArgs = CommandArgs<typeof options>;

/** `plancheck requests <plan.xlsx> <returns…> --out <folder>`: requests to executors with gaps (see requestsCommand). */
export const requestsSpec = defineCommand({
  name: "requests",
  operands: "cli.help.requests.operands",
  summary: "cli.help.requests.summary",
  notes: "cli.help.requests.notes",
  options,
  load: async () => (await import("./requestsCommand.js")).requestsCommand,
});
