import type { enCycle } from "./en.cycle";

export const ukCycle: Readonly<Record<keyof typeof enCycle, string>> = {
  "cli.cycle.evaluation": "Оцінка виконання плану в цілому (останній період плану):",
  "cli.cycle.history":
    "Зведена книга зберігає {count, plural, one {# період} few {# періоди} many {# періодів} other {# періоду}}: {periods}.",
  "cli.cycle.neverDone":
    "  не виконано в жодному періоді: {count, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}: {measures}",
  "cli.cycle.neverReported":
    "  жодного разу не звітували: {count, plural, one {# виконавець} few {# виконавці} many {# виконавців} other {# виконавця}}: {executors}",
  "cli.cycle.overdue":
    "Прострочено {overdue, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}} (строк минув до кінця періоду, не виконано).",
  "cli.cycle.period": "Період: {period} ({source})",
  "cli.cycle.periodSource.default": "останній повний рік; інший задайте через --period",
  "cli.cycle.periodSource.given": "задано через --period",
  "cli.cycle.periodSource.template": "зазначено в шаблонах звітів",
  "cli.cycle.progress":
    "Порівняно з попереднім періодом: виконаними стали {moved, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}; прострочено {overdue, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}.",
  "cli.cycle.shortOfTarget":
    "  цільового значення не досягнуто: {count, plural, one {# індикатор} few {# індикатори} many {# індикаторів} other {# індикатора}}: {measures}",
  "cli.error.badPeriod": "«{value}» — не період: вкажіть рік (2025), півріччя, квартал або місяць.",
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
