/** English UI strings; this object defines the keys every other language must provide. Keys sorted. */
export const enUi = {
  "annotate.author": "PlanCheck",
  "annotate.column.cell": "Cell",
  "annotate.column.hint": "How to fix",
  "annotate.column.message": "Problem",
  "annotate.column.rule": "Rule",
  "annotate.column.severity": "Severity",
  "annotate.column.sheet": "Sheet",
  "annotate.sheetName": "PlanCheck issues",
  "cli.annotated": "Annotated copy written to {path} (the original file was not changed).",
  "cli.error.badLanguage": "Unknown language “{value}”: use uk, bg or en.",
  "cli.error.badOption": "{problem}. Run `plancheck --help` for usage.",
  "cli.error.badSettings": "The settings in {file} are not valid: {problems}",
  "cli.error.cannotRead": "Cannot read {file}: {reason}",
  "cli.error.cannotWrite": "Cannot write {file}: {reason}",
  "cli.error.missingFile": "No workbook given. Usage: plancheck validate <file.xlsx>",
  "cli.error.notFound": "File not found: {file}",
  "cli.error.sameFile": "--out must name a new file, not the workbook being checked ({file}).",
  "cli.error.unknownCommand": "Unknown command “{command}”. Run `plancheck --help` for usage.",
  "cli.help":
    "PlanCheck — checks action plans kept in Excel.\n\nUsage:\n  plancheck validate <plan.xlsx> [--json] [--lang uk|bg|en] [--out annotated.xlsx]\n                     [--settings settings.json] [--period 2024-2027] [--max-issues N]\n\nOptions:\n  --json          print one JSON document (measures and issues) instead of the report\n  --lang          language of messages (default: from LANG, else English)\n  --out           write an annotated copy: problem cells coloured, a note on each, an issues sheet\n  --settings      a JSON file with validation settings (required fields, plan period, columns)\n  --period        the plan period in years, e.g. 2024-2027 (default: read from the title)\n  --max-issues    stop listing findings after N (default 1000)\n\nExit codes: 0 no errors, 1 the plan has errors, 2 the file cannot be read or the options are wrong.",
  "cli.issueLine": "{cell}  {severity}  {message}",
  "cli.noProblems": "No problems found.",
  "cli.period": "Plan period: {start}–{end}",
  "cli.periodUnknown": "Plan period: not stated in the title (use --period to set it)",
  "cli.sheet": "Sheet “{sheet}”",
  "cli.summary":
    "{measures} measures on {sheets} sheet(s): {errors} errors, {warnings} warnings, {info} notes.",
  "cli.title": "Plan: {title}",
  "cli.workbook": "Workbook",
  "severity.error": "error",
  "severity.info": "note",
  "severity.warning": "warning",
};

export type UiKey = keyof typeof enUi;
