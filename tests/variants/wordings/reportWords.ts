import type { Language } from "./Language";

// Report columns and statuses as executors' returns and monitoring reports word them, written independently of
// the engine (never import src/engine/consolidate). Sources: the fixture returns ("Стан виконання", "Статус",
// "Фактичне значення індикатора"; "Текуща стойност", "Отчет за изпълнение"; "виконано / виконується / не
// виконано", "Текущ / Предстоящ"); Kharkiv report form "ІНФОРМАЦІЯ про результати виконання … | Профінансовано |
// Використано коштів | Примітка" (ts.lica.com.ua/77/text/35968); Luhansk final report "Виконання завдань і
// заходів" (old.loga.gov.ua, via the monitoring guide); Bulgarian government reports "изпълнени 114 мерки.
// Неизпълнените мерки са 55", "с отпаднала необходимост" (dariknews.bg, novinata.bg), "Отчет за изпълнение"
// (obs.kazanlak.bg); the Macedonian OGP tracker's "Започнати / Сè уште не започнати / Постигнати / Не се
// постигнати", "Н.А. (не е достапна)" (ovp.gov.mk/en/nap-monitoring); English progress tools "Not started",
// "Ongoing", "In progress", "Complete(d)", "On track", "Partially met", "Not achieved" (camms.atlassian.net,
// sycle.cammanagementsolutions.co.uk, support.weavr.logitaust.com); RCC Roma Integration 2020 reporting template
// "Measures by Priority Areas | Budget | Indicator" (docest.com/doc/443982).

export type ReportRole = "status" | "value" | "report_text";

export const REPORT_LABELS: Record<ReportRole, Record<Language, readonly string[]>> = {
  status: {
    uk: ["Статус", "Статус виконання", "Стан (виконано / не виконано)"],
    ru: ["Статус", "Статус выполнения"],
    bg: ["Статус", "Статус на изпълнение", "Състояние на мярката"],
    en: ["Status", "Implementation status", "Progress status"],
  },
  value: {
    uk: [
      "Фактичне значення індикатора",
      "Досягнуте значення",
      "Фактичне значення показника",
      "Фактично досягнуто",
    ],
    ru: ["Фактическое значение", "Достигнутое значение показателя"],
    bg: ["Текуща стойност", "Постигната стойност", "Отчетена стойност"],
    en: ["Achieved value", "Actual", "Actual value", "Value achieved"],
  },
  report_text: {
    uk: [
      "Стан виконання",
      "Інформація про виконання",
      "Стан виконання заходу",
      "Інформація про хід виконання",
    ],
    ru: ["Информация о выполнении", "Ход выполнения"],
    bg: ["Отчет за изпълнение", "Информация за изпълнението", "Описание на изпълнението"],
    en: ["Progress / comments", "Progress", "Progress made", "Implementation progress"],
  },
};

/** The four statuses of the consolidation contract. */
export type Status = "done" | "in_progress" | "not_done" | "not_applicable";

/**
 * Status words per status. "Partially completed" and its kin count as in progress; "Not started" and the
 * Bulgarian plan phase "Предстоящ" (upcoming) as not done.
 */
export const STATUS_TEXTS: Record<Status, Record<Language, readonly string[]>> = {
  done: {
    uk: ["виконано", "Виконано", "ВИКОНАНО", "Виконано повністю", "виконаний"],
    ru: ["выполнено", "Выполнено", "Выполнено полностью"],
    bg: ["Изпълнена", "изпълнена", "Изпълнено", "ИЗПЪЛНЕНА"],
    en: ["Completed", "completed", "Done", "Complete", "COMPLETED"],
  },
  in_progress: {
    uk: ["виконується", "Виконується", "В процесі виконання", "у процесі виконання", "Частково виконано"],
    ru: ["выполняется", "Выполняется", "В процессе выполнения", "Частично выполнено"],
    bg: ["В процес на изпълнение", "в процес на изпълнение", "Текущ", "Частично изпълнена", "Изпълнява се"],
    en: ["Ongoing", "In progress", "ongoing", "Partially completed", "In Progress"],
  },
  not_done: {
    uk: ["не виконано", "Не виконано", "НЕ ВИКОНАНО", "Не розпочато"],
    ru: ["не выполнено", "Не выполнено", "Не начато"],
    bg: ["Неизпълнена", "Не е изпълнена", "неизпълнена", "Предстоящ", "Не е започнала"],
    en: ["Not started", "Not completed", "not started", "Not done"],
  },
  not_applicable: {
    uk: ["н/д", "Не застосовується"],
    ru: ["н/д", "Не применимо"],
    bg: ["н/п", "Не е приложимо"],
    en: ["N/A", "n/a", "Not applicable"],
  },
};

/** "N of M" as written in each language (kept as text: it is no single number). */
export const N_OF_M: Record<Language, string> = { uk: "з", ru: "из", bg: "от", en: "of" };
