import type { Language } from "./Language";

// Column labels as real plans word them, written independently of the engine (never import src/engine/table).
// Sources, by group:
// - Ukrainian programme appendices: Kharkiv oblast "№ з/п | Назва напряму діяльності (пріоритетні завдання) |
//   Перелік заходів Програми | Термін виконання заходу | Виконавці | Джерела фінан-сування | Орієнтовані обсяги
//   фінансування (вартість), тис. грн., у тому числі за роками: | Очікуваний результат" with year sub-columns and a
//   "1 2 3 … 12" row (ts.lica.com.ua/77/text/38504); "Заходи Програми | Відповідальні за виконання | Термін
//   виконання | Орієнтовні обсяги фінансування (тис. грн.) | Всього | Очікувані результати" (ts.lica.com.ua/77/text/
//   18684); Cherkasy Roma plan "Зміст заходу | Відповідальні за виконання | Термін виконання | Кількісні та якісні
//   показники виконання | Джерела та орієнтовні обсяги фінансування" (roma.ck.ua/?p=443, via the monitoring guide);
//   the Luhansk and Hlukhiv fixtures ("Строк виконання", "Індикатор виконання", "Обсяг фінансування, тис. гривень").
// - Russian (older Ukrainian and CIS documents): "N п/п | Наименование мероприятия | Срок исполнения | Объем
//   финансирования, тыс. руб. (всего / в том числе по годам) | Ответственный исполнитель" (docs.cntd.ru/document/
//   801403650); "Перечень мероприятий", "Исполнители", "Ожидаемый результат" (lawmix.ru, Magadan order 152-па).
// - Bulgarian municipal and district plans: the Ruse plan fixture ("Мерки | Статус | Срок | Отговорна институция |
//   Източник на финансиране (преки разходи) | Индикатори (мерна единица: брой) | Текуща стойност | Целева стойност
//   с натрупване 2027"); Nesebar management plan tables "дейност | срок на изпълнение | отговорни институции |
//   партниращи институции | необходими финансови средства | източници на финансиране | бележки"
//   (pou-nesebar.org/bg/prilagane-na-plana-za-opazvane-i-upravlenie/…); NAP 2024–2027 "източниците на финансиране и
//   размерът на предвидените средства", "индикаторите", "базовите и целевите стойности" (romaberk.eu).
// - English donor work plans and logframes: UN DA prodoc "EA | Activity # | Timeframe by activity | Budget class |
//   Amount (USD)", "Intervention logic | Indicators | Means of verification" (docsbay.net); "Activity |
//   Responsibility | Budget | Time/Estimated Completion Date" (proposalsforngos.com); ILO action plan format
//   "Who? person/s responsible", "When? timeframe", "Budget. Source/s of funding" (slideplayer.com/15937589);
//   UNESCO "lead implementing unit or agency", "partners", "timeline" (en.unesco.org/icted/toolbox-3);
//   YES-JUMP work plan "Responsible organisation", "Calendar of activities" (paperzz.com/doc/7104672).

/** What a column holds. `number`: the item number; `goal`/`priority`: hierarchy moved into columns. */
export type ColumnRole =
  | "number"
  | "task"
  | "measure"
  | "responsible"
  | "deadline"
  | "indicator"
  | "financing"
  | "financing_amount"
  | "status"
  | "current_value"
  | "target_value"
  | "goal"
  | "priority"
  | "notes";

export const HEADER_LABELS: Record<ColumnRole, Record<Language, readonly string[]>> = {
  number: {
    uk: ["№ з/п", "№", "№ п/п", "N з/п", "№\nз/п"],
    ru: ["№ п/п", "N п/п", "№"],
    bg: ["№", "№ по ред", "№ по\nред", ""],
    en: ["No.", "#", "Ref.", "No"],
  },
  task: {
    uk: [
      "Найменування завдання",
      "Завдання",
      "Зміст завдання",
      "Назва напряму діяльності (пріоритетні завдання)",
      "Пріоритетні завдання",
    ],
    ru: ["Наименование задачи", "Задачи", "Наименование направления деятельности (приоритетные задачи)"],
    bg: ["Задача", "Задачи", "Оперативна задача"],
    en: ["Task", "Output", "Expected output", "Sub-objective"],
  },
  measure: {
    uk: [
      "Найменування заходу",
      "Зміст заходу",
      "Заходи",
      "Перелік заходів Програми",
      "Назва заходу",
      "Заходи Програми",
      "Найменування заходів",
    ],
    ru: [
      "Наименование мероприятия",
      "Мероприятия",
      "Содержание мероприятия",
      "Перечень мероприятий программы",
    ],
    bg: ["Мерки", "Мярка", "Дейности", "Дейност", "Наименование на дейността", "Мерки/дейности"],
    en: ["Activity", "Activities", "Measure", "Action", "Actions", "Activity description", "Key activities"],
  },
  responsible: {
    uk: [
      "Відповідальні за виконання",
      "Виконавці",
      "Відповідальні виконавці",
      "Відповідальний виконавець",
      "Виконавець",
      "Відповідальні за виконання (за згодою)",
      "Виконавці заходу",
    ],
    ru: [
      "Ответственный исполнитель",
      "Исполнители",
      "Ответственные исполнители",
      "Ответственные за выполнение",
    ],
    bg: [
      "Отговорна институция",
      "Отговорни институции",
      "Отговорник",
      "Изпълнител",
      "Отговорни за изпълнението",
      "Водеща институция",
      "Отговорни лица",
    ],
    en: [
      "Responsible",
      "Responsible institution",
      "Responsible party",
      "Lead agency",
      "Implementing agency",
      "Responsibility",
      "Responsible organisation",
      "Person in charge",
      "Focal point",
    ],
  },
  deadline: {
    uk: [
      "Строк виконання",
      "Термін виконання",
      "Термін виконання заходу",
      "Строки виконання",
      "Термін",
      "Строк",
      "Строк виконання заходу",
    ],
    ru: ["Срок выполнения", "Срок исполнения", "Сроки выполнения", "Срок", "Срок исполнения мероприятия"],
    bg: [
      "Срок",
      "Срок за изпълнение",
      "Срок на изпълнение",
      "Период на изпълнение",
      "Срок/период",
      "Срок за\nизпълнение",
    ],
    en: [
      "Deadline",
      "Timeframe",
      "Timeline",
      "Time frame",
      "Implementation period",
      "Completion date",
      "Execution period",
      "Estimated completion date",
      "Target date",
      "By when",
    ],
  },
  indicator: {
    uk: [
      "Індикатор виконання",
      "Індикатори виконання",
      "Кількісні та якісні показники виконання",
      "Показники виконання",
      "Очікуваний результат",
      "Очікувані результати",
    ],
    ru: ["Показатели выполнения", "Индикаторы", "Целевой показатель", "Ожидаемый результат"],
    bg: [
      "Индикатори",
      "Индикатор за изпълнение",
      "Индикатори за изпълнение",
      "Индикатори (мерна единица: брой)",
      "Очакван резултат",
    ],
    en: [
      "Indicator",
      "Indicators",
      "Performance indicator",
      "Output indicator",
      "Indicator of achievement",
      "Expected result",
      "Key performance indicator (KPI)",
    ],
  },
  financing: {
    uk: ["Джерела фінансування", "Джерело фінансування", "Джерела фінан-сування", "Фінансування"],
    ru: ["Источники финансирования", "Источник финансирования"],
    bg: [
      "Източник на финансиране",
      "Източници на финансиране",
      "Финансиране",
      "Източник на финансиране (преки разходи)",
    ],
    en: ["Source of funding", "Funding source", "Source of funds", "Financing", "Source/s of funding"],
  },
  financing_amount: {
    uk: [
      "Обсяг фінансування, тис. грн",
      "Орієнтовні обсяги фінансування (тис. грн.)",
      "Обсяги фінансування, тис. гривень",
      "Прогнозний обсяг фінансування, тис. грн",
    ],
    ru: ["Объем финансирования, тыс. грн", "Объемы финансирования (тыс. грн)"],
    bg: [
      "Необходими средства (лв.)",
      "Необходими финансови средства",
      "Размер на предвидените средства, лв.",
      "Бюджет (лв.)",
    ],
    en: ["Budget (EUR)", "Estimated cost", "Amount (USD)", "Budget, USD", "Cost estimate"],
  },
  status: {
    uk: ["Статус", "Стан"],
    ru: ["Статус"],
    bg: ["Статус", "Статус на мярката", "Състояние"],
    en: ["Status"],
  },
  current_value: {
    uk: ["Поточне значення", "Поточне значення показника"],
    ru: ["Текущее значение"],
    bg: ["Текуща стойност", "Актуална стойност"],
    en: ["Current value", "Current"],
  },
  target_value: {
    uk: ["Цільове значення", "Цільове значення показника"],
    ru: ["Целевое значение"],
    bg: ["Целева стойност", "Целева стойност с натрупване 2027 г.", "Целева стойност (2027)"],
    en: ["Target", "Target value", "Target (2027)"],
  },
  goal: {
    uk: ["Ціль", "Мета", "Стратегічна ціль", "Напрям"],
    ru: ["Цель", "Направление"],
    bg: ["Цел", "Оперативна цел", "Специфична цел"],
    en: ["Goal", "Objective", "Strategic objective", "Outcome"],
  },
  priority: {
    uk: ["Пріоритет", "Розділ"],
    ru: ["Приоритет", "Раздел"],
    bg: ["Приоритет", "Приоритетна област"],
    en: ["Priority", "Priority area"],
  },
  notes: {
    uk: ["Примітка", "Примітки"],
    ru: ["Примечание"],
    bg: ["Забележка", "Бележки"],
    en: ["Notes", "Remarks"],
  },
};

/** Upper cells of two-row headers, and the lower cells under them. */
export const GROUP_LABELS = {
  /** "Financing: source / amount". */
  financing: {
    upper: {
      uk: ["Фінансування", "Джерела та орієнтовні обсяги фінансування"],
      ru: ["Финансирование"],
      bg: ["Финансиране", "Финансово осигуряване"],
      en: ["Financing", "Funding"],
    },
    source: { uk: ["джерело", "джерела"], ru: ["источник"], bg: ["източник"], en: ["source", "Source"] },
    amount: {
      uk: ["обсяг, тис. грн", "сума (тис. грн)"],
      ru: ["объем, тыс. грн"],
      bg: ["размер (лв.)", "сума, лв."],
      en: ["amount", "Amount (EUR)"],
    },
  },
  /** "Indicator: name / current / target". */
  indicator: {
    upper: {
      uk: ["Індикатор", "Показник"],
      ru: ["Показатель"],
      bg: ["Индикатор", "Индикатори"],
      en: ["Indicator"],
    },
    name: {
      uk: ["назва", "найменування"],
      ru: ["наименование"],
      bg: ["наименование", "описание"],
      en: ["name", "description"],
    },
    current: {
      uk: ["поточне значення"],
      ru: ["текущее значение"],
      bg: ["текуща стойност", "текуща"],
      en: ["current value", "current"],
    },
    target: {
      uk: ["цільове значення"],
      ru: ["целевое значение"],
      bg: ["целева стойност", "целева"],
      en: ["target value", "target"],
    },
  },
  /** "Financing by year": the amount split into year columns. */
  years: {
    upper: {
      uk: [
        "Орієнтовні обсяги фінансування (вартість), тис. грн., у тому числі за роками:",
        "Обсяг фінансування за роками, тис. грн",
      ],
      ru: ["Объем финансирования, тыс. грн, в том числе по годам:"],
      bg: ["Необходими средства по години (лв.)", "Размер на финансирането по години, лв."],
      en: ["Budget by year (EUR)", "Estimated budget per year"],
    },
    total: { uk: ["Всього", "усього"], ru: ["всего"], bg: ["Общо"], en: ["Total"] },
  },
} as const;

/** Words real labels carry beside the role's word (units, consent notes, the plan years). */
export const LABEL_EXTRAS: Partial<Record<ColumnRole, Record<Language, readonly string[]>>> = {
  responsible: {
    uk: [" (за згодою)"],
    ru: [" (по согласованию)"],
    bg: [" (по съгласуване)"],
    en: [" (lead)"],
  },
  deadline: {
    uk: [", роки", " (роки)"],
    ru: [", годы"],
    bg: [", 2024-2027 г.", " (години)"],
    en: [" (year)", " (month/year)"],
  },
  indicator: {
    uk: [" (одиниця виміру)"],
    ru: [" (ед. изм.)"],
    bg: [" (мерна единица: брой)"],
    en: [" (unit)"],
  },
  financing_amount: { uk: [", тис. грн"], ru: [", тыс. грн"], bg: [", лв."], en: [" (EUR)"] },
  financing: { uk: [" (тис. грн)"], ru: [" (тыс. грн)"], bg: [" (преки разходи)"], en: [" (source)"] },
};
