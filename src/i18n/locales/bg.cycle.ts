import type { enCycle } from "./en.cycle";

export const bgCycle: Readonly<Record<keyof typeof enCycle, string>> = {
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
