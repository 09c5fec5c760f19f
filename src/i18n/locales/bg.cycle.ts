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
  "cli.error.badReportingPeriod":
    "„{value}“ не е период: посочете година (2025), полугодие, тримесечие или месец.",
  "cli.error.requestsUsage":
    "Не са посочени отчети. Употреба: plancheck requests <план.xlsx> <отчет.xlsx…> --out <папка> [--period 2025]",
  "cli.help.option.reportingPeriod":
    "отчетният период: година, полугодие, тримесечие или месец (по подразбиране — посоченият в шаблоните на отчетите, иначе последната цяла година)",
  "cli.help.requests.notes": "завършва с код 0, когато запитванията са записани или не са нужни",
  "cli.help.requests.operands": "<план.xlsx> <отчети…>",
  "cli.help.requests.out":
    "папката за запитванията: за всеки изпълнител с пропуски текст (.txt) и повторно издаден шаблон (.xlsx)",
  "cli.help.requests.outValue": "<папка>",
  "cli.help.requests.summary":
    "запитвания до изпълнителите, чиито отчети имат пропуски: какво да поправят, и повторно издадени\nшаблони с изпратеното от тях и отбелязани клетки; върнатият шаблон заменя предишните отговори",
  "cli.help.templates.period":
    "отчетният период, за който са издадени шаблоните; записва се във всеки (отчетите от тях се обобщават за него)",
  "cli.help.value.reportingPeriod": "2025",
  "cli.requests.line": "  {file}: {executor} — за поправяне: {count, plural, one {# точка} other {# точки}}",
  "cli.requests.none": "Всички изпълнители са отчели изцяло за {period}: не са нужни запитвания.",
  "cli.requests.written":
    "{count, plural, one {# запитване} other {# запитвания}} за {period} са записани в {dir}:",
  "consolidate.problem.return-replaced":
    "заменен от върнатия повторно изпратен шаблон {by}: отговорите от този файл не се отчитат",
  "cycle.chart.byGoalAndPeriod": "Статус на мерките по цели и периоди",
  "cycle.column.achievement": "Постигане на целевата стойност",
  "cycle.column.baseline": "Базова стойност",
  "cycle.column.change": "Промяна",
  "cycle.column.firstDone": "За първи път изпълнена",
  "cycle.column.overdue": "Просрочена",
  "cycle.column.period": "Период",
  "cycle.column.statusIn": "Статус {period}",
  "cycle.column.valueIn": "Стойност {period}",
  "pane.output.earlier": "Добавете предишната обобщена книга",
  "pane.output.earlierAdded": "Предишни периоди от {file}: {periods}.",
  "pane.output.earlierHint":
    "За да запазите предишните периоди, добавете обобщената книга, изтеглена миналия път: новата ще ги запази и ще добави този период.",
  "pane.output.earlierNone":
    "{file} не съдържа периоди на PlanCheck: изтеглената книга започва нова история.",
  "pane.output.periods": "Обобщението пази {count, plural, one {# период} other {# периода}}: {periods}.",
  "pane.period.default": "{period}: последната цяла година. За да го промените, въведете друг период.",
  "pane.period.given": "{period}: {start} – {end}.",
  "pane.period.invalid": "„{value}“ не е период: въведете година (2025), полугодие, тримесечие или месец.",
  "pane.period.label": "Период",
  "pane.period.template":
    "{period}, както е посочено в шаблоните на отчетите. За да го промените, въведете друг период.",
  "pane.requests.done": "Подготвени {count, plural, one {# запитване} other {# запитвания}}.",
  "pane.requests.hint":
    "Всеки изпълнител с непълен отчет получава кратък текст какво да поправи и своя шаблон обратно, попълнен с изпратеното, с отбелязани клетки. Върнатият шаблон заменя предишните му отговори за периода.",
  "pane.requests.item": "за поправяне: {count, plural, one {# точка} other {# точки}}",
  "pane.requests.making": "Подготвяне на запитванията…",
  "pane.requests.none": "Отчетите на всички изпълнители са пълни: няма какво да се връща.",
  "pane.requests.prepare": "Подгответе запитвания ({count}) в .zip",
  "pane.requests.title": "Запитвания към изпълнителите",
  "pane.requests.zipName": "запитвания",
  "request.instructions":
    "Този шаблон ви се връща с това, което сте изпратили. Клетките, оцветени в цвят, изискват вашия отговор (причината е в бележките): коригирайте или допълнете ги и върнете файла. Той заменя предишния ви отчет за периода.",
  "request.note.conflict":
    "Изпратили сте различни отговори за тази мярка (редове {rows}): {values}. Оставете верния.",
  "request.note.not-reported": "Няма отчет: изберете статус и посочете какво е направено.",
  "request.note.status-blank": "Статусът не е посочен: изберете го от списъка.",
  "request.note.status-unrecognised": "„{raw}“ не е статус: изберете го от списъка.",
  "request.note.unmatched":
    "Тези редове от отчета ви не съответстват на нито една мярка от плана; впишете отговорите към съответните мерки: {rows}",
  "request.note.value-not-number":
    "„{raw}“ не е число: посочете стойността на индикатора с число (обясненията — в колоната за изпълнението).",
  "request.text.closing":
    "Клетките за коригиране са оцветени в приложения шаблон, всяка с бележка. Върнатият шаблон заменя предишния ви отчет за {period}.",
  "request.text.intro":
    "Отчетът ви по плана „{plan}“ за {period} е непълен. Моля, допълнете или коригирайте {count, plural, one {# точка} other {# точки}}:",
  "request.text.item.conflict": "{measure} — различни отговори на редове {rows} ({fields})",
  "request.text.item.not-reported": "{measure} — няма отчет",
  "request.text.item.status-blank": "{measure} — статусът не е посочен",
  "request.text.item.status-unrecognised": "{measure} — статусът „{raw}“ не е сред възможните",
  "request.text.item.unmatched": "{file}, ред {row}: „{text}“ — не съответства на нито една мярка от плана",
  "request.text.item.value-not-number": "{measure} — стойността „{raw}“ не е число",
  "request.text.measure": "{key} „{text}“",
  "request.text.to": "До: {executor}",
};
