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
  "cli.error.badReportingPeriod": "«{value}» — не період: вкажіть рік (2025), півріччя, квартал або місяць.",
  "cli.error.requestsUsage":
    "Не вказано звітів. Використання: plancheck requests <план.xlsx> <звіт.xlsx…> --out <тека> [--period 2025]",
  "cli.help.option.reportingPeriod":
    "звітний період: рік, півріччя, квартал або місяць (типово — зазначений у шаблонах звітів, інакше останній повний рік)",
  "cli.help.requests.notes": "завершується з кодом 0, коли запити записано або їх не потрібно",
  "cli.help.requests.operands": "<план.xlsx> <звіти…>",
  "cli.help.requests.out":
    "тека для запитів: для кожного виконавця з прогалинами текст (.txt) і повторно виданий шаблон (.xlsx)",
  "cli.help.requests.outValue": "<тека>",
  "cli.help.requests.summary":
    "запити до виконавців, чиї звіти мають прогалини: що виправити, і повторно видані шаблони,\nзаповнені надісланим, з позначеними клітинками; повернений шаблон замінює попередні відповіді",
  "cli.help.templates.period":
    "звітний період, для якого видано шаблони; записується в кожен (звіти з них зводяться за цей період)",
  "cli.help.value.reportingPeriod": "2025",
  "cli.requests.line":
    "  {file}: {executor} — виправити {count, plural, one {# пункт} few {# пункти} many {# пунктів} other {# пункту}}",
  "cli.requests.none": "Усі виконавці звітували повністю за {period}: запитів не потрібно.",
  "cli.requests.written":
    "{count, plural, one {# запит} few {# запити} many {# запитів} other {# запиту}} за {period} записано в {dir}:",
  "consolidate.problem.return-replaced":
    "замінено поверненим повторним шаблоном {by}: відповіді з цього файлу не враховано",
  "cycle.chart.byGoalAndPeriod": "Стан заходів за цілями і періодами",
  "cycle.column.achievement": "Досягнення цільового значення",
  "cycle.column.baseline": "Базове значення",
  "cycle.column.change": "Зміна",
  "cycle.column.firstDone": "Вперше виконано",
  "cycle.column.overdue": "Прострочено",
  "cycle.column.period": "Період",
  "cycle.column.statusIn": "Стан {period}",
  "cycle.column.valueIn": "Значення {period}",
  "pane.output.earlier": "Додати попередню зведену книгу",
  "pane.output.earlierAdded": "Попередні періоди з {file}: {periods}.",
  "pane.output.earlierHint":
    "Щоб зберегти попередні періоди, додайте зведену книгу, завантажену минулого разу: нова збереже їх і додасть цей період.",
  "pane.output.earlierNone": "{file} не містить періодів PlanCheck: завантажена книга почне нову історію.",
  "pane.output.periods":
    "Зведення зберігає {count, plural, one {# період} few {# періоди} many {# періодів} other {# періоду}}: {periods}.",
  "pane.period.default": "{period}: останній повний рік. Щоб змінити, введіть інший період.",
  "pane.period.given": "{period}: {start} – {end}.",
  "pane.period.invalid": "«{value}» — не період: введіть рік (2025), півріччя, квартал або місяць.",
  "pane.period.label": "Період",
  "pane.period.template": "{period}, як зазначено в шаблонах звітів. Щоб змінити, введіть інший період.",
  "pane.requests.done":
    "Підготовлено {count, plural, one {# запит} few {# запити} many {# запитів} other {# запиту}}.",
  "pane.requests.hint":
    "Кожен виконавець, чий звіт неповний, отримає короткий текст із переліком того, що треба виправити, і свій шаблон, заповнений тим, що він надіслав, з позначеними клітинками. Повернутий шаблон замінить його попередні відповіді за період.",
  "pane.requests.item":
    "виправити: {count, plural, one {# пункт} few {# пункти} many {# пунктів} other {# пункту}}",
  "pane.requests.making": "Підготовка запитів…",
  "pane.requests.none": "Звіти всіх виконавців повні: повертати нічого.",
  "pane.requests.prepare": "Підготувати запити ({count}) у .zip",
  "pane.requests.title": "Запити виконавцям",
  "pane.requests.zipName": "запити",
  "request.instructions":
    "Цей шаблон повернуто вам із тим, що ви надіслали. Клітинки, позначені кольором, потребують вашої відповіді (причину зазначено в примітках): виправте або доповніть їх і поверніть файл. Він замінить ваш попередній звіт за період.",
  "request.note.conflict":
    "Ви надіслали різні відповіді щодо цього заходу (рядки {rows}): {values}. Залиште правильну.",
  "request.note.not-reported": "Звіту немає: виберіть стан виконання і зазначте, що зроблено.",
  "request.note.status-blank": "Стан виконання не зазначено: виберіть його зі списку.",
  "request.note.status-unrecognised": "«{raw}» — не стан виконання: виберіть його зі списку.",
  "request.note.unmatched":
    "Ці рядки вашого звіту не відповідають жодному заходу плану; внесіть відповіді до відповідних заходів: {rows}",
  "request.note.value-not-number":
    "«{raw}» — не число: зазначте значення індикатора числом (пояснення — у стовпці «що зроблено»).",
  "request.text.closing":
    "Клітинки, які треба виправити, позначено кольором у доданому шаблоні, до кожної є примітка. Повернутий шаблон замінить ваш попередній звіт за {period}.",
  "request.text.intro":
    "Ваш звіт щодо плану «{plan}» за {period} неповний. Просимо доповнити або виправити {count, plural, one {# пункт} few {# пункти} many {# пунктів} other {# пункту}}:",
  "request.text.item.conflict": "{measure} — різні відповіді в рядках {rows} ({fields})",
  "request.text.item.not-reported": "{measure} — звіту не надано",
  "request.text.item.status-blank": "{measure} — не зазначено стан виконання",
  "request.text.item.status-unrecognised": "{measure} — стан «{raw}» не відповідає жодному з варіантів",
  "request.text.item.unmatched": "{file}, рядок {row}: «{text}» — не відповідає жодному заходу плану",
  "request.text.item.value-not-number": "{measure} — значення «{raw}» не є числом",
  "request.text.measure": "{key} «{text}»",
  "request.text.to": "Кому: {executor}",
};
