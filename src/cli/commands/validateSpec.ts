import { defineCommand, type CommandArgs } from "../spec/CommandSpec";
import { asGiven } from "../spec/OptionSpec";
import { parseMaxIssues } from "../spec/parseMaxIssues";
import { parsePeriod } from "../spec/parsePeriod";

const options = {
  json: { kind: "flag", help: "cli.help.validate.json" },
  out: {
    kind: "value",
    short: "o",
    help: "cli.help.validate.out",
    placeholder: "cli.help.validate.outValue",
    parse: asGiven,
  },
  settings: {
    kind: "value",
    help: "cli.help.validate.settings",
    placeholder: "cli.help.validate.settingsValue",
    parse: asGiven,
  },
  period: {
    kind: "value",
    help: "cli.help.validate.period",
    placeholder: "cli.help.validate.periodValue",
    parse: parsePeriod,
  },
  maxIssues: {
    kind: "value",
    help: "cli.help.validate.maxIssues",
    placeholder: "cli.help.validate.maxIssuesValue",
    parse: parseMaxIssues,
  },
} as const;

export type ValidateArgs = CommandArgs<typeof options>;

/** `plancheck validate <plan.xlsx>`: checks one plan (see validateCommand). */
export const validateSpec = defineCommand({
  name: "validate",
  operands: "cli.help.validate.operands",
  summary: "cli.help.validate.summary",
  options,
  load: async () => (await import("./validateCommand.js")).validateCommand,
});
