import { defineCommand, type CommandArgs } from "../spec/CommandSpec";
import { asGiven } from "../spec/OptionSpec";
import { outputLangOption, reportingPeriodOption, rosterOption } from "./reportOptions";

const options = {
  roster: rosterOption,
  period: reportingPeriodOption,
  history: {
    kind: "value",
    help: "cli.help.report.history",
    placeholder: "cli.help.report.historyValue",
    parse: asGiven,
  },
  out: {
    kind: "value",
    short: "o",
    required: true,
    help: "cli.help.report.out",
    placeholder: "cli.help.report.outValue",
    parse: asGiven,
  },
  outputLang: outputLangOption,
} as const;

export type ReportArgs = CommandArgs<typeof options>;

/** `plancheck report <plan.xlsx> <returns…> --out report.docx|report.xlsx`: the report for the head. */
export const reportSpec = defineCommand({
  name: "report",
  operands: "cli.help.report.operands",
  summary: "cli.help.report.summary",
  notes: "cli.help.consolidate.notes",
  options,
  load: async () => (await import("./reportCommand.js")).reportCommand,
});
