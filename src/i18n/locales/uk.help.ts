import type { enHelp } from "./en.help";

export const ukHelp: Readonly<Record<keyof typeof enHelp, string>> = {
  "cli.help.consolidate.json": "вивести зведення одним документом JSON замість звіту",
  "cli.help.consolidate.notes":
    "завершується з кодом 1, коли рядки не відповідають жодному заходу, виконавець суперечить сам собі\nабо звіт не вдалося приписати виконавцю",
  "cli.help.consolidate.operands": "<план.xlsx> <звіти…>",
  "cli.help.consolidate.out": "зведена книга, яку треба записати",
  "cli.help.consolidate.outValue": "зведення.xlsx",
  "cli.help.consolidate.summary":
    'зіставляє отримані звіти з планом: хто про що звітував, хто ні, суперечності, зауваження;\nзвіти — це файли, теки (їхні книги) або шаблони на зразок "звіти/*.xlsx"',
  "cli.help.everyCommand": "Для всіх команд:",
  "cli.help.exitCodes":
    "Коди завершення: 0 — помилок немає, 1 — у плані є помилки, 2 — файл не прочитано або параметри хибні.",
  "cli.help.option.help": "показати цю довідку",
  "cli.help.option.lang": "мова повідомлень (типово — з LANG, інакше англійська)",
  "cli.help.option.outputLang": "мова книг, що записуються (типово — мова плану)",
  "cli.help.option.roster":
    "CSV (“,” або “;”; UTF-8 або Windows-1251) зі стовпцями executor (виконавець), file (файл його звіту)\nі aliases (інші назви через |); типово — виконавці, названі в плані",
  "cli.help.option.version": "показати версію",
  "cli.help.stdin": "замість плану, переліку чи файлу налаштувань: прочитати його зі стандартного вводу",
  "cli.help.templates.notes": "завершується з кодом 1, коли в плані не названо жодного виконавця",
  "cli.help.templates.operands": "<план.xlsx>",
  "cli.help.templates.out": "тека, куди записати шаблони",
  "cli.help.templates.outValue": "<тека>",
  "cli.help.templates.summary":
    "шаблон звіту для кожного виконавця лише з його заходами (стовпці плану захищено, статус — зі списку)",
  "cli.help.title": "PlanCheck — перевірка планів заходів, що ведуться в Excel.",
  "cli.help.usage": "Використання:",
  "cli.help.validate.json": "вивести один документ JSON (заходи та зауваження) замість звіту",
  "cli.help.validate.maxIssues": "показувати не більше N зауважень (типово 1000)",
  "cli.help.validate.maxIssuesValue": "N",
  "cli.help.validate.operands": "<план.xlsx>",
  "cli.help.validate.out":
    "записати копію з позначками: проблемні клітинки підсвічено, примітка на кожній, аркуш зауважень",
  "cli.help.validate.outValue": "з-позначками.xlsx",
  "cli.help.validate.period": "період плану в роках, напр. 2024-2027 (типово — з назви плану)",
  "cli.help.validate.periodValue": "2024-2027",
  "cli.help.validate.settings":
    "файл JSON з налаштуваннями перевірки (обов’язкові поля, період плану, стовпці)",
  "cli.help.validate.settingsValue": "налаштування.json",
  "cli.help.validate.summary":
    "перевіряє план: виконавці, строки, показники, нумерація, період плану; кожне зауваження — з його клітинкою",
  "cli.help.value.lang": "uk|bg|en",
  "cli.help.value.roster": "перелік.csv",
};
