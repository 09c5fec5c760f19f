/**
 * English text of `plancheck --help`, one key per piece the declarations name (src/cli/commands/*Spec.ts); a
 * `\n` continues the text on the next line, indented. Keys sorted.
 */
export const enHelp = {
  "cli.help.consolidate.json": "print the consolidation as one JSON document instead of the report",
  "cli.help.consolidate.notes":
    "exits with 1 when rows match no measure, an executor contradicts itself or a return cannot be attributed",
  "cli.help.consolidate.operands": "<plan.xlsx> <returns…>",
  "cli.help.consolidate.out": "the consolidated workbook to write",
  "cli.help.consolidate.outValue": "consolidated.xlsx",
  "cli.help.consolidate.summary":
    'matches the returned workbooks to the plan: who reported what, who has not, conflicts, problems;\nreturns are files, folders (their workbooks) or patterns such as "returns/*.xlsx"',
  "cli.help.everyCommand": "Every command:",
  "cli.help.exitCodes":
    "Exit codes: 0 no errors, 1 the plan has errors, 2 the file cannot be read or the options are wrong.",
  "cli.help.option.help": "show this help",
  "cli.help.option.lang": "language of messages (default: from LANG, else English)",
  "cli.help.option.outputLang": "language of the workbooks written (default: the plan's)",
  "cli.help.option.roster":
    "a CSV (“,” or “;”; UTF-8 or Windows-1251) with columns executor, file (the workbook it returned)\nand aliases (other names, separated by |); default: the executors the plan names",
  "cli.help.option.version": "show the version",
  "cli.help.stdin": "in place of the plan, the roster or the settings file: read it from standard input",
  "cli.help.templates.notes": "exits with 1 when the plan names no executor",
  "cli.help.templates.operands": "<plan.xlsx>",
  "cli.help.templates.out": "the folder to write the templates to",
  "cli.help.templates.outValue": "<folder>",
  "cli.help.templates.summary":
    "one report template per executor, with only its measures (plan columns locked, status as a list)",
  "cli.help.title": "PlanCheck — checks action plans kept in Excel.",
  "cli.help.usage": "Usage:",
  "cli.help.validate.json": "print one JSON document (measures and issues) instead of the report",
  "cli.help.validate.maxIssues": "stop listing findings after N (default 1000)",
  "cli.help.validate.maxIssuesValue": "N",
  "cli.help.validate.operands": "<plan.xlsx>",
  "cli.help.validate.out": "write an annotated copy: problem cells coloured, a note on each, an issues sheet",
  "cli.help.validate.outValue": "annotated.xlsx",
  "cli.help.validate.period": "the plan period in years, e.g. 2024-2027 (default: read from the title)",
  "cli.help.validate.periodValue": "2024-2027",
  "cli.help.validate.settings":
    "a JSON file with validation settings (required fields, plan period, columns)",
  "cli.help.validate.settingsValue": "settings.json",
  "cli.help.validate.summary":
    "checks a plan: executors, deadlines, indicators, numbering, the plan period; each finding with its cell",
  "cli.help.value.lang": "uk|bg|en",
  "cli.help.value.roster": "roster.csv",
} as const;
