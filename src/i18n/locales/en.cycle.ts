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
  "cli.error.badPeriod": "“{value}” is not a period: give a year (2025), a half-year, a quarter or a month.",
  "cycle.chart.byGoalAndPeriod": "Status of measures by goal and period",
  "cycle.column.achievement": "Target achieved",
  "cycle.column.baseline": "Baseline",
  "cycle.column.change": "Change",
  "cycle.column.firstDone": "First done",
  "cycle.column.overdue": "Overdue",
  "cycle.column.period": "Period",
  "cycle.column.statusIn": "Status {period}",
  "cycle.column.valueIn": "Value {period}",
} as const;
