import type { Language } from "./Language";

// Rows that are not measures, as plans write them. Sources: Kharkiv oblast tables "Усього:", "Разом:",
// "Всього по роках:", "ВСЬОГО ПО ПРОГРАМІ", "Керуючий справами виконавчого апарату обласної ради Оксана
// МАЛИШЕВА" (ts.lica.com.ua/77/text/38504, /18684, /35968); Brody "посада ____ Ім'я ПРІЗВИЩЕ" over "(підпис)
// (ім’я, прізвище)" (brody.golos.net.ua/?id=2324); Bulgarian council decisions "ПРЕДСЕДАТЕЛ: (засл. проф.
// В. Пенчев)", "ПРЕДСЕДАТЕЛ НА ОБЩИНСКИ СЪВЕТ – ХАСКОВО: /Таня Захариева/" (obs.haskovo.bg/article/6909),
// "Изготвил"; the Ruse fixture's note "*** Цел 5 попада в обхвата на областното планиране …"; UN DA prodoc
// "General Temporary Assistance: $ ______(Total)", "External Evaluation" (docsbay.net); Russian programme
// tables "Итого", "Всего", "в том числе" (docs.cntd.ru/document/801403650).

/** Totals: `{n}` is the goal's number when the total closes a goal. */
export const TOTAL_TEXTS: Record<Language, { goal: readonly string[]; grand: readonly string[] }> = {
  uk: {
    goal: ["Усього за розділом {n}", "Разом за ціллю {n}", "Всього за напрямом {n}:", "Разом:"],
    grand: ["Усього:", "Разом по Програмі", "ВСЬОГО ПО ПРОГРАМІ", "Всього по роках:"],
  },
  ru: {
    goal: ["Итого по разделу {n}", "Итого:", "Всего по направлению {n}"],
    grand: ["Всего по программе", "ИТОГО", "Итого по Программе:"],
  },
  bg: {
    goal: ["Общо за цел {n}", "Общо:", "Всичко за приоритет {n}"],
    grand: ["Общо за плана", "ОБЩО", "Всичко:"],
  },
  en: {
    goal: ["Subtotal, goal {n}", "Total objective {n}", "Sub-total"],
    grand: ["Total", "TOTAL", "Grand total", "Total budget"],
  },
};

export const NOTE_TEXTS: Record<Language, readonly string[]> = {
  uk: [
    "Примітка: обсяги фінансування визначаються щороку під час складання бюджету.",
    "* за згодою",
    "* Заходи виконуються в межах бюджетних призначень.",
    "Примітка. Перелік заходів може уточнюватися.",
  ],
  ru: ["Примечание: объемы финансирования уточняются ежегодно.", "* по согласованию"],
  bg: [
    "Забележка: Средствата се осигуряват в рамките на утвърдения бюджет.",
    "* Мерките се изпълняват при осигурено финансиране.",
    "*** Целта попада в обхвата на областното планиране.",
  ],
  en: [
    "Note: amounts are indicative and subject to the annual budget.",
    "* Subject to funding.",
    "Notes: figures in EUR unless stated otherwise.",
  ],
};

/** Page numbers left over from a PDF conversion; `{n}` is the page, `{m}` the number of pages. */
export const PAGE_TEXTS: readonly string[] = [
  "{n}",
  "- {n} -",
  "Сторінка {n} з {m}",
  "стр. {n}",
  "Page {n} of {m}",
  "{n}/{m}",
  "Страница {n}",
];

/** Signature blocks: each entry is the rows, each row the cells from the left (empty strings skip a column). */
export const SIGNATURE_BLOCKS: Record<Language, readonly (readonly (readonly string[])[])[]> = {
  uk: [
    [
      ["Начальник управління соціального захисту населення", "", "", "_________", "Олена КОВАЛЬ"],
      ["", "", "", "(підпис)", "(ім’я, прізвище)"],
    ],
    [["Керуючий справами виконавчого апарату обласної ради", "", "", "", "Оксана МАЛИШЕВА"]],
    [["Секретар міської ради", "", "", "Іван ПЕТРЕНКО"]],
  ],
  ru: [
    [["Заместитель председателя", "", "", "", "И.И. Иванов"]],
    [["Начальник управления", "", "____________", "П.П. Петров"]],
  ],
  bg: [
    [["ПРЕДСЕДАТЕЛ НА ОБЩИНСКИ СЪВЕТ:", "", "", "/Иван Петров/"]],
    [
      ["Изготвил:", "", "", "Мария Георгиева, главен експерт"],
      ["Съгласувал:", "", "", "Петър Иванов, директор на дирекция"],
    ],
  ],
  en: [
    [
      ["Prepared by:", "", "", "Project Coordinator"],
      ["Approved by:", "", "", "Head of Department ____________"],
    ],
    [["Signature: ____________", "", "", "Date: ____________"]],
  ],
};

/** Title rows added above a table. */
export const TITLE_TEXTS: Record<Language, readonly string[]> = {
  uk: [
    "ЗАТВЕРДЖЕНО\nрішенням сесії міської ради\nвід 12.02.2024 № 123",
    "Додаток 2\nдо Програми",
    "Напрями діяльності та заходи програми",
    "ПЛАН ЗАХОДІВ",
  ],
  ru: ["УТВЕРЖДЕНО\nрешением исполкома от 12.02.2014 № 45", "Приложение 1", "Перечень мероприятий программы"],
  bg: ["Приложение № 1 към Решение № 123/25.01.2024 г.", "ПЛАН ЗА ДЕЙСТВИЕ", "Общински план за действие"],
  en: ["Annex 2. Action Plan", "WORK PLAN", "Implementation plan"],
};
