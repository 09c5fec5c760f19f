import type { enReport } from "./en.report";

export const ukReport: Readonly<Record<keyof typeof enReport, string>> = {
  "cli.error.reportOut": "--out має називати файл .docx або .xlsx: {path}",
  "cli.error.reportUsage":
    "Не вказано звітів. Використання: plancheck report <план.xlsx> <звіт.xlsx…> --out звіт.docx|звіт.xlsx [--period 2025]",
  "cli.help.report.operands": "<план.xlsx> <звіти…>",
  "cli.help.report.out": "файл звіту: документ Word (.docx) або книга Excel, готова до друку (.xlsx)",
  "cli.help.report.outValue": "звіт.docx",
  "cli.help.report.history":
    "зведена книга, що зберігає попередні періоди (записана consolidate --out): тоді інформація показує виконання заходів за періодами, а в останньому періоді плану — оцінку виконання всього плану",
  "cli.help.report.historyValue": "зведення.xlsx",
  "cli.help.report.summary":
    "інформація для керівника: заходи за станом виконання за планом і за цілями, хто не надав інформації,\nпотім кожен захід зі звітами виконавців, індикаторами й фінансуванням; мовою плану",
  "cli.report.summary":
    "Інформація за {period}: {total, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}, виконано {done}, прострочено {overdue}; {silent, plural, =0 {інформацію надали всі виконавці} one {# виконавець не надав інформації} few {# виконавці не надали інформації} many {# виконавців не надали інформації} other {# виконавця не надали інформації}}.",
  "cli.report.written": "Інформацію для керівника записано у {path} (план і звіти не змінено).",
  "pane.headReport.browserNote":
    "Завантажує інформацію для керівника документом Word і книгою Excel, готовою до друку.",
  "pane.headReport.busy": "Готуємо інформацію…",
  "pane.headReport.downloaded": "Завантажено: {files}.",
  "pane.headReport.excelNote":
    "Записує інформацію для керівника в цю книгу аркушем, готовим до друку, і завантажує її документом Word.",
  "pane.headReport.heading": "Інформація для керівника",
  "pane.headReport.run": "Інформація для керівника",
  "pane.headReport.written": "Аркуш «{sheet}» записано; завантажено: {files}.",
  "report.basis":
    "Складено {date} за {files, plural, one {# звітом} few {# звітами} many {# звітами} other {# звіту}} виконавців.",
  "report.column.achieved": "Фактичне значення",
  "report.column.baseline": "Базове значення",
  "report.column.deadline": "Строк виконання",
  "report.column.done": "Виконано",
  "report.column.goal": "Ціль",
  "report.column.in_progress": "Виконується",
  "report.column.indicator": "Індикатор виконання",
  "report.column.measure": "Найменування заходу",
  "report.column.no_status": "Без статусу",
  "report.column.not_applicable": "Не актуально",
  "report.column.not_done": "Не виконано",
  "report.column.not_reported": "Немає звіту",
  "report.column.number": "№ з/п",
  "report.column.overdue": "Прострочено",
  "report.column.planned": "Передбачено коштів",
  "report.column.reports": "Стан виконання",
  "report.column.responsible": "Відповідальні за виконання",
  "report.column.spent": "Використано коштів",
  "report.column.status": "Статус",
  "report.column.target": "Цільове значення",
  "report.column.total": "Усього заходів",
  "report.evaluation.heading": "Оцінка виконання плану",
  "report.evaluation.neverDone":
    "{count, plural, =0 {Кожен захід виконано в якомусь періоді} one {# захід не виконано в жодному періоді} few {# заходи не виконано в жодному періоді} many {# заходів не виконано в жодному періоді} other {# заходу не виконано в жодному періоді}}",
  "report.evaluation.neverReported":
    "{count, plural, =0 {Кожен виконавець надавав інформацію} one {# виконавець не надав інформації в жодному періоді} few {# виконавці не надали інформації в жодному періоді} many {# виконавців не надали інформації в жодному періоді} other {# виконавця не надали інформації в жодному періоді}}",
  "report.evaluation.none": "Немає.",
  "report.evaluation.shortLine":
    "{measure}: {value} при цільовому значенні {target} (досягнуто {achievement})",
  "report.evaluation.shortOfTarget":
    "{count, plural, =0 {Усі індикатори досягли цільових значень} one {# індикатор не досяг цільового значення} few {# індикатори не досягли цільових значень} many {# індикаторів не досягли цільових значень} other {# індикатора не досягли цільових значень}}",
  "report.fileName": "Інформація про стан виконання {period}",
  "report.footer.page": "Сторінка {page} з {pages}",
  "report.measures.heading": "Стан виконання заходів",
  "report.missing": "Не надали інформацію: {names}",
  "report.noGoal": "Без цілі",
  "report.noReport": "Інформація не надходила.",
  "report.overdue": "прострочено",
  "report.partial.heading": "Виконавці, які надали інформацію не за всіма заходами",
  "report.partial.line":
    "{name}: {reported} з {expected, plural, one {# заходу} few {# заходів} many {# заходів} other {# заходу}}",
  "report.period.dates": "Звітний період: {start} – {end}",
  "report.period.year": "{year} рік",
  "report.progress.heading": "Виконання за періодами",
  "report.progress.summary":
    "За {periods, plural, one {# період} few {# періоди} many {# періодів} other {# періоду}}: порівняно з попереднім періодом виконаними стали {moved, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}; прострочено {overdue, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}.",
  "report.reasons": "Причини невиконання: {reasons}",
  "report.row.plan": "Усього за планом",
  "report.share": "{count} ({share})",
  "report.sheet": "Інформація про виконання",
  "report.silent.heading": "Виконавці, які не надали інформації",
  "report.silent.line":
    "{name}: {count, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}",
  "report.silent.none": "Інформацію надали всі виконавці.",
  "report.silent.returnedFile": "(файл надійшов, але жоден його рядок не відповідає заходам)",
  "report.summary.heading": "Загальні результати",
  "report.summary.total":
    "Усього в плані {total, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}; {overdue, plural, =0 {прострочених немає} one {прострочено # захід} few {прострочено # заходи} many {прострочено # заходів} other {прострочено # заходу}}.",
  "report.title": "Інформація про стан виконання: «{title}» за {period}",
  "report.titleUntitled": "Інформація про стан виконання плану за {period}",
  "report.total.goal": "Разом за ціллю",
  "report.total.plan": "Разом за планом",
};
