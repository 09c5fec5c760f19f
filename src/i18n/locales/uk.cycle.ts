import type { enCycle } from "./en.cycle";

export const ukCycle: Readonly<Record<keyof typeof enCycle, string>> = {
  "cycle.chart.byGoalAndPeriod": "Стан заходів за цілями і періодами",
  "cycle.column.achievement": "Досягнення цільового значення",
  "cycle.column.baseline": "Базове значення",
  "cycle.column.change": "Зміна",
  "cycle.column.firstDone": "Вперше виконано",
  "cycle.column.overdue": "Прострочено",
  "cycle.column.period": "Період",
  "cycle.column.statusIn": "Стан {period}",
  "cycle.column.valueIn": "Значення {period}",
};
