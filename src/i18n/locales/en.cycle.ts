/**
 * English strings of the monitoring cycle: periods and progress across them, requests sent back to executors.
 * They define the keys uk and bg must provide. Keys sorted.
 */
export const enCycle = {
  "cli.cycle.evaluation": "Plan-level evaluation (the plan's last period):",
  "cli.cycle.history":
    "The consolidated workbook keeps {count, plural, one {# period} other {# periods}}: {periods}.",
  "cli.cycle.neverDone": "  never done: {count, plural, one {# measure} other {# measures}}: {measures}",
  "cli.cycle.neverReported":
    "  never reported: {count, plural, one {# executor} other {# executors}}: {executors}",
  "cli.cycle.overdue":
    "{overdue, plural, one {# measure is} other {# measures are}} overdue (due by the end of the period and not done).",
  "cli.cycle.period": "Period: {period} ({source})",
  "cli.cycle.periodSource.default": "the last whole year; set another with --period",
  "cli.cycle.periodSource.given": "given with --period",
  "cli.cycle.periodSource.template": "named by the returns' templates",
  "cli.cycle.progress":
    "Since the previous period: {moved, plural, one {# measure} other {# measures}} moved to done; {overdue, plural, one {# measure is} other {# measures are}} overdue.",
  "cli.cycle.shortOfTarget":
    "  short of target: {count, plural, one {# indicator} other {# indicators}}: {measures}",
  "cli.error.badReportingPeriod":
    "“{value}” is not a period: give a year (2025), a half-year, a quarter or a month.",
  "cli.error.requestsUsage":
    "No returns given. Usage: plancheck requests <plan.xlsx> <return.xlsx…> --out <folder> [--period 2025]",
  "cli.help.option.reportingPeriod":
    "the reporting period: a year, a half-year, a quarter or a month (default: the one the returns' templates name, else the last whole year)",
  "cli.help.requests.notes": "exits with 0 when requests were written or none was needed",
  "cli.help.requests.operands": "<plan.xlsx> <returns…>",
  "cli.help.requests.out":
    "the folder to write the requests to: per executor with gaps a text (.txt) and its template re-issued (.xlsx)",
  "cli.help.requests.outValue": "<folder>",
  "cli.help.requests.summary":
    "requests to the executors whose returns have gaps: what to fix, and their templates re-issued\npre-filled with what they sent, the cells to fix marked; a returned one replaces their earlier answers",
  "cli.help.templates.period":
    "the reporting period the templates are issued for, recorded in each (their returns are consolidated under it)",
  "cli.help.value.reportingPeriod": "2025",
  "cli.requests.line": "  {file}: {executor} — {count, plural, one {# thing} other {# things}} to fix",
  "cli.requests.none": "Every executor reported in full for {period}: no request to send.",
  "cli.requests.written":
    "{count, plural, one {# request} other {# requests}} for {period} written to {dir}:",
  "consolidate.problem.return-replaced":
    "replaced by the re-issued template returned as {by}: the answers in this file are not counted",
  "cycle.chart.byGoalAndPeriod": "Status of measures by goal and period",
  "cycle.column.achievement": "Target achieved",
  "cycle.column.baseline": "Baseline",
  "cycle.column.change": "Change",
  "cycle.column.firstDone": "First done",
  "cycle.column.overdue": "Overdue",
  "cycle.column.period": "Period",
  "cycle.column.statusIn": "Status {period}",
  "cycle.column.valueIn": "Value {period}",
  "pane.output.earlier": "Add the earlier consolidated.xlsx",
  "pane.output.earlierAdded": "Earlier periods from {file}: {periods}.",
  "pane.output.earlierHint":
    "To keep the earlier periods, add the consolidated workbook you downloaded last time: the new one keeps them and adds this period.",
  "pane.output.earlierNone": "{file} keeps no PlanCheck periods: the download starts a new history.",
  "pane.output.periods":
    "The consolidation keeps {count, plural, one {# period} other {# periods}}: {periods}.",
  "pane.period.default": "{period}: the last whole year. Type another period to change it.",
  "pane.period.given": "{period}: {start} – {end}.",
  "pane.period.invalid": "“{value}” is not a period: type a year (2025), a half-year, a quarter or a month.",
  "pane.period.label": "Period",
  "pane.period.template": "{period}, as the returns' templates say. Type another period to change it.",
  "pane.requests.done": "{count, plural, one {# request} other {# requests}} prepared.",
  "pane.requests.hint":
    "Each executor whose return has gaps gets a short text listing what to fix and its template back, filled in with what it sent, the cells to fix marked. The template it returns replaces its earlier answers for the period.",
  "pane.requests.item": "{count, plural, one {# item} other {# items}} to fix",
  "pane.requests.making": "Preparing the requests…",
  "pane.requests.none": "Every executor's return is complete: nothing to send back.",
  "pane.requests.prepare": "Prepare requests ({count}) as .zip",
  "pane.requests.title": "Requests to executors",
  "pane.requests.zipName": "requests",
  "request.instructions":
    "This template comes back to you with what you reported. The cells in colour need your answer (their notes say why): correct or complete them and return the file. It replaces your earlier report for the period.",
  "request.note.conflict":
    "You sent different answers for this measure (rows {rows}): {values}. Keep the right one.",
  "request.note.not-reported": "Not reported: choose a status and say what was done.",
  "request.note.status-blank": "The status is blank: choose one from the list.",
  "request.note.status-unrecognised": "“{raw}” is not a status: choose one from the list.",
  "request.note.unmatched":
    "These rows of your report match no measure of the plan; put their answers under the right measures: {rows}",
  "request.note.value-not-number":
    "“{raw}” is not a number: enter the indicator's value as a number (words go under what was done).",
  "request.text.closing":
    "The cells to fix are marked in colour in the attached template, each with a note. The template you return replaces your earlier report for {period}.",
  "request.text.intro":
    "Your report on the plan “{plan}” for {period} is incomplete. Please complete or correct {count, plural, one {# item} other {# items}}:",
  "request.text.item.conflict": "{measure} — different answers in rows {rows} ({fields})",
  "request.text.item.not-reported": "{measure} — not reported",
  "request.text.item.status-blank": "{measure} — status left blank",
  "request.text.item.status-unrecognised": "{measure} — status “{raw}” is none of the choices",
  "request.text.item.unmatched": "{file}, row {row}: “{text}” — matches no measure of the plan",
  "request.text.item.value-not-number": "{measure} — the value “{raw}” is not a number",
  "request.text.measure": "{key} “{text}”",
  "request.text.to": "To: {executor}",
} as const;
