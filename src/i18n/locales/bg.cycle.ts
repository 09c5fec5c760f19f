import type { enCycle } from "./en.cycle";

export const bgCycle: Readonly<Record<keyof typeof enCycle, string>> = {
  "cli.cycle.evaluation": "Оценка на изпълнението на плана като цяло (последният период на плана):",
  "cli.cycle.history": "Обобщената книга пази {count, plural, one {# период} other {# периода}}: {periods}.",
  "cli.cycle.neverDone":
    "  неизпълнени в нито един период: {count, plural, one {# мярка} other {# мерки}}: {measures}",
  "cli.cycle.neverReported":
    "  нито веднъж не са отчели: {count, plural, one {# изпълнител} other {# изпълнители}}: {executors}",
  "cli.cycle.overdue":
    "Просрочени са {overdue, plural, one {# мярка} other {# мерки}} (срокът изтича до края на периода, неизпълнени).",
  "cli.cycle.period": "Период: {period} ({source})",
  "cli.cycle.periodSource.default": "последната цяла година; друг задайте с --period",
  "cli.cycle.periodSource.given": "зададен с --period",
  "cli.cycle.periodSource.template": "посочен в шаблоните на отчетите",
  "cli.cycle.progress":
    "Спрямо предходния период: изпълнени станаха {moved, plural, one {# мярка} other {# мерки}}; просрочени са {overdue, plural, one {# мярка} other {# мерки}}.",
  "cli.cycle.shortOfTarget":
    "  целевата стойност не е достигната: {count, plural, one {# индикатор} other {# индикатора}}: {measures}",
  "cli.error.badPeriod": "„{value}“ не е период: посочете година (2025), полугодие, тримесечие или месец.",
  "cycle.chart.byGoalAndPeriod": "Статус на мерките по цели и периоди",
  "cycle.column.achievement": "Постигане на целевата стойност",
  "cycle.column.baseline": "Базова стойност",
  "cycle.column.change": "Промяна",
  "cycle.column.firstDone": "За първи път изпълнена",
  "cycle.column.overdue": "Просрочена",
  "cycle.column.period": "Период",
  "cycle.column.statusIn": "Статус {period}",
  "cycle.column.valueIn": "Стойност {period}",
};
