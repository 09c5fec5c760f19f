import type { enHelp } from "./en.help";

export const bgHelp: Readonly<Record<keyof typeof enHelp, string>> = {
  "cli.help.consolidate.json": "извежда обобщението като един JSON документ вместо отчета",
  "cli.help.consolidate.notes":
    "завършва с код 1, когато редове не отговарят на нито една мярка, изпълнител си противоречи\nили отчет не може да се припише на изпълнител",
  "cli.help.consolidate.operands": "<план.xlsx> <отчети…>",
  "cli.help.consolidate.out": "обобщената книга, която да се запише",
  "cli.help.consolidate.outValue": "обобщение.xlsx",
  "cli.help.consolidate.summary":
    'съпоставя получените отчети с плана: кой какво е отчел, кой не е, противоречия, забележки;\nотчетите са файлове, папки (работните им книги) или шаблони като "отчети/*.xlsx"',
  "cli.help.everyCommand": "За всички команди:",
  "cli.help.exitCodes":
    "Кодове на изход: 0 — няма грешки, 1 — планът има грешки, 2 — файлът не може да се прочете или опциите са грешни.",
  "cli.help.option.help": "показва тази помощ",
  "cli.help.option.lang": "език на съобщенията (по подразбиране от LANG, иначе английски)",
  "cli.help.option.outputLang": "език на записваните работни книги (по подразбиране — езикът на плана)",
  "cli.help.option.roster":
    "CSV (“,” или “;”; UTF-8 или Windows-1251) с колони executor (изпълнител), file (файлът на отчета му)\nи aliases (други имена, разделени с |); по подразбиране — изпълнителите от плана",
  "cli.help.option.version": "показва версията",
  "cli.help.stdin": "вместо плана, списъка или файла с настройки: чете го от стандартния вход",
  "cli.help.templates.notes": "завършва с код 1, когато планът не посочва нито един изпълнител",
  "cli.help.templates.operands": "<план.xlsx>",
  "cli.help.templates.out": "папката, в която да се запишат шаблоните",
  "cli.help.templates.outValue": "<папка>",
  "cli.help.templates.summary":
    "шаблон за отчет за всеки изпълнител само с неговите мерки (колоните на плана са защитени, статус от списък)",
  "cli.help.title": "PlanCheck — проверка на планове за действие, водени в Excel.",
  "cli.help.usage": "Употреба:",
  "cli.help.validate.json": "извежда един JSON документ (мерки и забележки) вместо отчета",
  "cli.help.validate.maxIssues": "показва най-много N забележки (по подразбиране 1000)",
  "cli.help.validate.maxIssuesValue": "N",
  "cli.help.validate.operands": "<план.xlsx>",
  "cli.help.validate.out":
    "записва копие с отбелязвания: оцветени клетки, бележка на всяка, лист със забележки",
  "cli.help.validate.outValue": "с-отбелязвания.xlsx",
  "cli.help.validate.period": "периодът на плана в години, напр. 2024-2027 (по подразбиране от заглавието)",
  "cli.help.validate.periodValue": "2024-2027",
  "cli.help.validate.settings": "JSON файл с настройки на проверката (задължителни полета, период, колони)",
  "cli.help.validate.settingsValue": "настройки.json",
  "cli.help.validate.summary":
    "проверява плана: изпълнители, срокове, индикатори, номерация, период; всяка забележка с клетката ѝ",
  "cli.help.value.lang": "uk|bg|en",
  "cli.help.value.roster": "списък.csv",
};
