import type { enReport } from "./en.report";

export const bgReport: Readonly<Record<keyof typeof enReport, string>> = {
  "cli.error.reportOut": "--out трябва да посочва файл .docx или .xlsx: {path}",
  "cli.error.reportUsage":
    "Не са посочени отчети. Употреба: plancheck report <план.xlsx> <отчет.xlsx…> --out отчет.docx|отчет.xlsx [--period 2025]",
  "cli.help.report.operands": "<план.xlsx> <отчети…>",
  "cli.help.report.out":
    "файлът на отчета: документ на Word (.docx) или работна книга, готова за печат (.xlsx)",
  "cli.help.report.outValue": "отчет.docx",
  "cli.help.report.history":
    "обобщената работна книга, която пази предходните периоди (записана от consolidate --out): тогава информацията показва изпълнението на мерките по периоди, а в последния период на плана — оценката на целия план",
  "cli.help.report.historyValue": "обобщение.xlsx",
  "cli.help.report.summary":
    "информация за ръководителя: мерките по статус за плана и по цели, кой не е представил информация,\nпосле всяка мярка с отчетите на изпълнителите, индикаторите и финансирането; на езика на плана",
  "cli.report.summary":
    "Информация за {period}: {total, plural, one {# мярка} other {# мерки}}, изпълнени {done}, просрочени {overdue}; {silent, plural, =0 {всички изпълнители са представили информация} one {# изпълнител не е представил информация} other {# изпълнители не са представили информация}}.",
  "cli.report.written":
    "Информацията за ръководителя е записана в {path} (планът и отчетите не са променени).",
  "pane.headReport.browserNote":
    "Изтегля информацията за ръководителя като документ на Word и като работна книга, готова за печат.",
  "pane.headReport.busy": "Информацията се подготвя…",
  "pane.headReport.downloaded": "Изтеглени: {files}.",
  "pane.headReport.excelNote":
    "Записва информацията за ръководителя в тази книга като лист, готов за печат, и я изтегля като документ на Word.",
  "pane.headReport.heading": "Информация за ръководителя",
  "pane.headReport.run": "Информация за ръководителя",
  "pane.headReport.written": "Листът „{sheet}“ е записан; изтеглени: {files}.",
  "report.basis":
    "Изготвено на {date} въз основа на {files, plural, one {# отчет} other {# отчета}} на изпълнителите.",
  "report.column.achieved": "Постигната стойност",
  "report.column.baseline": "Текуща стойност",
  "report.column.deadline": "Срок",
  "report.column.done": "Изпълнени",
  "report.column.goal": "Цел",
  "report.column.in_progress": "В изпълнение",
  "report.column.indicator": "Индикатори",
  "report.column.measure": "Мярка",
  "report.column.no_status": "Без статус",
  "report.column.not_applicable": "Неприложими",
  "report.column.not_done": "Неизпълнени",
  "report.column.not_reported": "Без отчет",
  "report.column.number": "№",
  "report.column.overdue": "Просрочени",
  "report.column.planned": "Предвидени средства",
  "report.column.reports": "Отчет за изпълнението",
  "report.column.responsible": "Отговорна институция",
  "report.column.spent": "Изразходвани средства",
  "report.column.status": "Статус",
  "report.column.target": "Целева стойност",
  "report.column.total": "Общо мерки",
  "report.evaluation.heading": "Оценка на изпълнението на плана",
  "report.evaluation.neverDone":
    "{count, plural, =0 {Всяка мярка е изпълнена в някой период} one {# мярка не е изпълнена в нито един период} other {# мерки не са изпълнени в нито един период}}",
  "report.evaluation.neverReported":
    "{count, plural, =0 {Всеки изпълнител е отчитал} one {# изпълнител не е отчел в нито един период} other {# изпълнители не са отчели в нито един период}}",
  "report.evaluation.none": "Няма.",
  "report.evaluation.shortLine": "{measure}: {value} при целева стойност {target} (постигнато {achievement})",
  "report.evaluation.shortOfTarget":
    "{count, plural, =0 {Всички индикатори са достигнали целевите стойности} one {# индикатор не е достигнал целевата стойност} other {# индикатора не са достигнали целевите стойности}}",
  "report.fileName": "Информация за изпълнението {period}",
  "report.footer.page": "Страница {page} от {pages}",
  "report.measures.heading": "Изпълнение на мерките",
  "report.missing": "Не са представили информация: {names}",
  "report.noGoal": "Без цел",
  "report.noReport": "Не е постъпила информация.",
  "report.overdue": "просрочена",
  "report.partial.heading": "Изпълнители, които са отчели част от мерките си",
  "report.partial.line": "{name}: {reported} от {expected, plural, one {# мярка} other {# мерки}}",
  "report.period.dates": "Отчетен период: {start} – {end}",
  "report.period.year": "{year} г.",
  "report.progress.heading": "Изпълнение по периоди",
  "report.progress.summary":
    "За {periods, plural, one {# период} other {# периода}}: спрямо предходния период изпълнени станаха {moved, plural, one {# мярка} other {# мерки}}; просрочени са {overdue, plural, one {# мярка} other {# мерки}}.",
  "report.reasons": "Причини за неизпълнение: {reasons}",
  "report.row.plan": "Общо за плана",
  "report.share": "{count} ({share})",
  "report.sheet": "Информация за изпълнението",
  "report.silent.heading": "Изпълнители, които не са представили информация",
  "report.silent.line": "{name}: {count, plural, one {# мярка} other {# мерки}}",
  "report.silent.none": "Всички изпълнители са представили информация.",
  "report.silent.returnedFile": "(получен е файл, но нито един ред от него не съответства на мерките)",
  "report.summary.heading": "Обобщени резултати",
  "report.summary.total":
    "Планът съдържа {total, plural, one {# мярка} other {# мерки}}; {overdue, plural, =0 {няма просрочени} one {# е просрочена} other {# са просрочени}}.",
  "report.title": "Информация за изпълнението на „{title}“ за {period}",
  "report.titleUntitled": "Информация за изпълнението на плана за {period}",
  "report.total.goal": "Общо за целта",
  "report.total.plan": "Общо за плана",
};
