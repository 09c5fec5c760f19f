/**
 * English strings of the monitoring cycle: periods and progress across them, requests sent back to executors.
 * They define the keys uk and bg must provide. Keys sorted.
 */
export const enCycle = {
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
