import type { Language } from "./Language";

// Calendar words as plans write them, gathered independently of the engine (never import src/engine word lists).
// Sources: Ukrainian programme appendices (ts.lica.com.ua/77/text/38504 "Термін виконання заходу", 2024 – 2028
// роки; zakon.rada.gov.ua/laws/show/41-2009-п "щороку до 31 березня", "до 15 квітня"); CMU order 701-р
// "щороку до 1 лютого" (kmu.gov.ua/npas/246692854); Russian-language Ukrainian and Russian programme texts
// (docs.cntd.ru/document/801403650 "Срок исполнения", lawmix.ru "от «28» февраля 2013 г.", "Ежегодно по
// итогам"); Bulgarian council and government texts (nccedi.government.bg "до края на м. Януари 2013 г.",
// "в периода м. май- м. декември 2012 г."; een.dobrich.net "тримесечие"; dobrich.government.bg
// "01.01.2013 г. до 31.12.2013 г."; the Ruse plan fixture "2024-\n\n2027 г.", "Постоя-нен"); English donor
// work plans (docsbay.net UN DA prodoc "Quarter (Q1, Q2, Q3, Q4)", "Year (Y1, Y2…)"; proposalsforngos.com
// "Time/Estimated Completion Date", "1 month/01.01.2020"; camms/sycle manuals "Ongoing", "Not started").

/** Month names in the nominative, as in "листопад 2024", "ноември 2024 г.", "November 2024". */
export const MONTHS_NOMINATIVE: Record<Language, readonly string[]> = {
  uk: [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
  ],
  ru: [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
  ],
  bg: [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** Genitive, as in dates "31 грудня 2025 року", "31 декабря 2025 г." and "з жовтня по листопад". */
export const MONTHS_GENITIVE: Record<"uk" | "ru", readonly string[]> = {
  uk: [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
  ],
  ru: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
};

/** Locative, as in "у листопаді 2024 р.", "в ноябре 2024 г.". */
export const MONTHS_LOCATIVE: Record<"uk" | "ru", readonly string[]> = {
  uk: [
    "січні",
    "лютому",
    "березні",
    "квітні",
    "травні",
    "червні",
    "липні",
    "серпні",
    "вересні",
    "жовтні",
    "листопаді",
    "грудні",
  ],
  ru: [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
  ],
};

/** Abbreviations as tables abbreviate them (with or without the dot). */
export const MONTHS_SHORT: Record<Language, readonly string[]> = {
  uk: [
    "січ.",
    "лют.",
    "берез.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "верес.",
    "жовт.",
    "листоп.",
    "груд.",
  ],
  ru: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
  bg: ["ян.", "февр.", "март", "апр.", "май", "юни", "юли", "авг.", "септ.", "окт.", "ноем.", "дек."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"] as const;

/**
 * Roman numerals typed with Cyrillic look-alikes, as Ukrainian and Bulgarian documents do ("І квартал",
 * "ІV.ТАБЛИЦА", "м. ХI"): І is U+0406, Х is U+0425 (there is no Cyrillic V).
 */
export function cyrillicRoman(roman: string): string {
  return roman.replace(/I/g, "\u0406").replace(/X/g, "\u0425");
}

/** Ordinal words for quarters and half-years: [1st, 2nd, 3rd, 4th]. */
export const ORDINALS: Record<Language, readonly string[]> = {
  uk: ["перший", "другий", "третій", "четвертий"],
  ru: ["первый", "второй", "третий", "четвертый"],
  bg: ["първо", "второ", "трето", "четвърто"],
  en: ["first", "second", "third", "fourth"],
};

/** Neuter ordinals for "півріччя" / "полугодие": [1st, 2nd]. */
export const HALF_ORDINALS: Record<Language, readonly string[]> = {
  uk: ["перше", "друге"],
  ru: ["первое", "второе"],
  bg: ["първо", "второ"],
  en: ["first", "second"],
};

/**
 * Seasons as plans write them, [spring, summer, autumn]: the season's name, the "in …" form ("влітку", "през
 * лятото на", "in the summer of") and the form after "до кінця" / "до края на" / "by the end of". Winter is
 * not written in plans with a year of its own.
 */
type SeasonWords = {
  readonly name: readonly string[];
  readonly during: readonly string[];
  readonly of: readonly string[];
};
export const SEASONS: Record<Language, SeasonWords> = {
  uk: {
    name: ["весна", "літо", "осінь"],
    during: ["навесні", "влітку", "восени"],
    of: ["весни", "літа", "осені"],
  },
  ru: {
    name: ["весна", "лето", "осень"],
    during: ["весной", "летом", "осенью"],
    of: ["весны", "лета", "осени"],
  },
  bg: {
    name: ["пролет", "лято", "есен"],
    during: ["през пролетта на", "през лятото на", "през есента на"],
    of: ["пролетта на", "лятото на", "есента на"],
  },
  en: {
    name: ["Spring", "Summer", "Autumn"],
    during: ["in spring", "in the summer of", "in the fall of"],
    of: ["spring", "summer", "autumn"],
  },
};

/** Bulgarian ordinal suffixes after numerals: "1-во", "2-ро", "III-то", "IV-то". */
export const BG_ORDINAL_SUFFIX = ["-во", "-ро", "-то", "-то"] as const;

export const EN_ORDINAL = ["1st", "2nd", "3rd", "4th"] as const;

/** Continuous deadlines. */
export const CONTINUOUS: Record<Language, readonly string[]> = {
  uk: ["постійно", "Постійно", "ПОСТІЙНО", "Пос-тійно", "постійно "],
  ru: ["постоянно", "Постоянно"],
  bg: ["постоянен", "Постоянен", "Постоя-нен", "постоянно", "Постоянно"],
  en: ["ongoing", "Ongoing", "on-going", "continuous", "Continuous"],
};

/** Recurring deadlines: read as continuous ({every, by} is kept beside them). */
export const RECURRING: Record<Language, readonly string[]> = {
  uk: [
    "щороку до 1 лютого",
    "щорічно",
    "Щорічно",
    "щорічно до 15 січня",
    "щокварталу",
    "щоквартально",
    "щомісяця",
    "щороку до 31 березня",
  ],
  ru: ["ежегодно", "Ежегодно", "ежегодно до 1 марта", "ежеквартально", "ежемесячно"],
  bg: ["ежегодно", "Ежегодно", "всяка година", "ежегодно до 31 март", "ежемесечно", "всяко тримесечие"],
  en: [
    "annually",
    "Annually",
    "every year",
    "annually by 31 January",
    "quarterly",
    "monthly",
    "each year by 1 February",
  ],
};

/** Cells that name no time at all: they must stay unparsed. */
export const UNREADABLE: Record<Language, readonly string[]> = {
  uk: ["за потреби", "у разі потреби", "за наявності коштів", "після отримання фінансування"],
  ru: ["при наличии финансирования", "по мере поступления средств"],
  bg: ["при наличие на финансиране", "след осигуряване на финансиране", "Летни ваканции"],
  en: ["after funding is secured", "subject to availability of funds", "upon request"],
};
