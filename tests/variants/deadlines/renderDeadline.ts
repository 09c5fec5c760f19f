import type { CellValue } from "../../../src/engine";
import type { Choose } from "../Random";
import {
  BG_ORDINAL_SUFFIX,
  CONTINUOUS,
  cyrillicRoman,
  EN_ORDINAL,
  HALF_ORDINALS,
  MONTHS_GENITIVE,
  MONTHS_LOCATIVE,
  MONTHS_NOMINATIVE,
  MONTHS_SHORT,
  ORDINALS,
  RECURRING,
  ROMAN,
  SEASONS,
  UNREADABLE,
} from "../wordings/calendarWords";
import type { Language } from "../wordings/Language";
import type { DeadlineValue, Period } from "./DeadlineValue";

// Every writing of one deadline value we have seen in plans (sources in ../wordings/calendarWords.ts).
// The renderer never looks at the engine: it writes what people write, and the tests check what comes back.

const pad = (n: number): string => String(n).padStart(2, "0");
const at = <T>(list: readonly T[], i: number): T => list[i] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Roman numeral, sometimes typed with Cyrillic look-alikes (uk, bg, ru only). */
const roman = (n: number, cyr: boolean): string => (cyr ? cyrillicRoman(at(ROMAN, n - 1)) : at(ROMAN, n - 1));

/** Writings of a date; `inner` is for use after "до"/"by"/"з" and inside spans. */
function dates(p: Extract<Period, { unit: "date" }>, lang: Language): string[] {
  const { year: y, month: m, day: d } = p;
  const dotted = `${pad(d)}.${pad(m)}.${y}`;
  switch (lang) {
    case "uk":
      return [
        dotted,
        `${dotted} р.`,
        `${d} ${at(MONTHS_GENITIVE.uk, m - 1)} ${y} року`,
        `${d} ${at(MONTHS_GENITIVE.uk, m - 1)} ${y} р.`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
      ];
    case "ru":
      return [
        dotted,
        `${dotted} г.`,
        `${d} ${at(MONTHS_GENITIVE.ru, m - 1)} ${y} года`,
        `${d} ${at(MONTHS_GENITIVE.ru, m - 1)} ${y} г.`,
      ];
    case "bg":
      return [
        `${dotted} г.`,
        dotted,
        `${d} ${at(MONTHS_NOMINATIVE.bg, m - 1)} ${y} г.`,
        `${d}.${roman(m, false)}.${y} г.`,
        `${pad(d)}.${pad(m)}.${y}г.`,
      ];
    case "en":
      return [
        `${d} ${at(MONTHS_SHORT.en, m - 1)} ${y}`,
        `${at(MONTHS_NOMINATIVE.en, m - 1)} ${d}, ${y}`,
        `${d} ${at(MONTHS_NOMINATIVE.en, m - 1)} ${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${at(MONTHS_SHORT.en, m - 1)} ${d}, ${y}`,
      ];
  }
}

/** Writings of a month; `standalone` adds forms with a preposition ("у листопаді 2024 р.", "през …"). */
function months(p: Extract<Period, { unit: "month" }>, lang: Language, standalone: boolean): string[] {
  const { year: y, month: m } = p;
  const R = roman(m, false);
  const Rc = roman(m, true);
  switch (lang) {
    case "uk": {
      const nom = at(MONTHS_NOMINATIVE.uk, m - 1);
      const forms = [
        `${nom} ${y}`,
        `${nom} ${y} р.`,
        `${nom} ${y} року`,
        `${cap(nom)} ${y} р.`,
        `${at(MONTHS_SHORT.uk, m - 1)} ${y}`,
        `${pad(m)}.${y}`,
        `${R}.${y}`,
        `${Rc} ${y} р.`,
      ];
      return standalone
        ? [
            ...forms,
            `у ${at(MONTHS_LOCATIVE.uk, m - 1)} ${y} р.`,
            `протягом ${at(MONTHS_GENITIVE.uk, m - 1)} ${y} року`,
          ]
        : forms;
    }
    case "ru": {
      const nom = at(MONTHS_NOMINATIVE.ru, m - 1);
      const forms = [
        `${nom} ${y} г.`,
        `${nom} ${y} года`,
        `${cap(nom)} ${y} г.`,
        `${R}.${y}`,
        `${pad(m)}.${y}`,
      ];
      return standalone ? [...forms, `в ${at(MONTHS_LOCATIVE.ru, m - 1)} ${y} г.`] : forms;
    }
    case "bg": {
      const nom = at(MONTHS_NOMINATIVE.bg, m - 1);
      const forms = [
        `${nom} ${y} г.`,
        `м. ${nom} ${y} г.`,
        `м. ${R} ${y} г.`,
        `м. ${Rc} ${y} г.`,
        `${R}.${y} г.`,
        `${R}.${y}`,
        `${at(MONTHS_SHORT.bg, m - 1)} ${y} г.`,
        `${cap(nom)} ${y}`,
      ];
      return standalone ? [...forms, `през ${nom} ${y} г.`, `през м. ${R} ${y} г.`] : forms;
    }
    case "en": {
      const name = at(MONTHS_NOMINATIVE.en, m - 1);
      const forms = [
        `${name} ${y}`,
        `${at(MONTHS_SHORT.en, m - 1)} ${y}`,
        `${pad(m)}/${y}`,
        `${y}-${pad(m)}`,
      ];
      return standalone ? [...forms, `in ${name} ${y}`, `during ${name} ${y}`] : forms;
    }
  }
}

function quarters(p: Extract<Period, { unit: "quarter" }>, lang: Language, standalone: boolean): string[] {
  const { year: y, quarter: q } = p;
  const R = roman(q, false);
  const Rc = roman(q, true);
  switch (lang) {
    case "uk": {
      const forms = [
        `${R} квартал ${y} р.`,
        `${Rc} квартал ${y} року`,
        `${R} кв. ${y} р.`,
        `${q} квартал ${y}`,
        `${at(ORDINALS.uk, q - 1)} квартал ${y} року`,
        `${Rc} квартал ${y}`,
      ];
      return standalone ? [...forms, `у ${R} кварталі ${y} р.`, `протягом ${Rc} кварталу ${y} року`] : forms;
    }
    case "ru": {
      const forms = [
        `${R} квартал ${y} г.`,
        `${q} кв. ${y} г.`,
        `${at(ORDINALS.ru, q - 1)} квартал ${y} г.`,
        `${Rc} квартал ${y} года`,
      ];
      return standalone ? [...forms, `в ${R} квартале ${y} года`] : forms;
    }
    case "bg": {
      const sfx = at(BG_ORDINAL_SUFFIX, q - 1);
      const forms = [
        `${R} тримесечие на ${y} г.`,
        `${R}${sfx} тримесечие на ${y} г.`,
        `${q}${sfx} тримесечие ${y} г.`,
        `${at(ORDINALS.bg, q - 1)} тримесечие на ${y} г.`,
        `${Rc} тримесечие ${y} г.`,
      ];
      return standalone ? [...forms, `през ${R} тримесечие на ${y} г.`] : forms;
    }
    case "en": {
      const forms = [
        `Q${q} ${y}`,
        `Q${q}/${y}`,
        `${at(EN_ORDINAL, q - 1)} quarter ${y}`,
        `${at(ORDINALS.en, q - 1)} quarter of ${y}`,
        `Q${q} of ${y}`,
        `${y} Q${q}`,
      ];
      return standalone
        ? [...forms, `in Q${q} ${y}`, `during the ${at(ORDINALS.en, q - 1)} quarter of ${y}`]
        : forms;
    }
  }
}

function halves(p: Extract<Period, { unit: "half" }>, lang: Language, standalone: boolean): string[] {
  const { year: y, half: h } = p;
  const R = roman(h, false);
  const Rc = roman(h, true);
  switch (lang) {
    case "uk": {
      const forms = [
        `${R} півріччя ${y} р.`,
        `${Rc} півріччя ${y} року`,
        `${at(HALF_ORDINALS.uk, h - 1)} півріччя ${y} року`,
        `${h} півріччя ${y}`,
      ];
      return standalone ? [...forms, `у ${Rc} півріччі ${y} р.`] : forms;
    }
    case "ru":
      return [
        `${R} полугодие ${y} г.`,
        `${at(HALF_ORDINALS.ru, h - 1)} полугодие ${y} года`,
        `${h}-е полугодие ${y} г.`,
      ];
    case "bg": {
      const sfx = at(BG_ORDINAL_SUFFIX, h - 1);
      const forms = [
        `${at(HALF_ORDINALS.bg, h - 1)} полугодие на ${y} г.`,
        `${R} полугодие на ${y} г.`,
        `${R}${sfx} полугодие ${y} г.`,
        `${at(HALF_ORDINALS.bg, h - 1)} шестмесечие на ${y} г.`,
        `${Rc} полугодие ${y} г.`,
      ];
      return standalone ? [...forms, `през ${at(HALF_ORDINALS.bg, h - 1)} полугодие на ${y} г.`] : forms;
    }
    case "en": {
      const forms = [
        `H${h} ${y}`,
        `${at(EN_ORDINAL, h - 1)} half of ${y}`,
        `${at(HALF_ORDINALS.en, h - 1)} half of ${y}`,
        `${at(EN_ORDINAL, h - 1)} half ${y}`,
      ];
      return standalone ? [...forms, `in the ${at(HALF_ORDINALS.en, h - 1)} half of ${y}`] : forms;
    }
  }
}

function seasons(p: Extract<Period, { unit: "season" }>, lang: Language, standalone: boolean): string[] {
  const { name, during } = SEASONS[lang];
  const n = at(name, p.season - 1);
  const suffix = { uk: " р.", ru: " г.", bg: " г.", en: "" }[lang];
  const forms = [`${n} ${p.year}`, `${n} ${p.year}${suffix}`];
  return standalone ? [...forms, `${at(during, p.season - 1)} ${p.year}${suffix}`] : forms;
}

function years(y: number, lang: Language, standalone: boolean): string[] {
  switch (lang) {
    case "uk":
      return standalone
        ? [`${y}`, `${y} рік`, `${y} р.`, `у ${y} році`, `протягом ${y} року`]
        : [`${y}`, `${y} р.`];
    case "ru":
      return standalone ? [`${y} г.`, `${y} год`, `в ${y} году`, `в течение ${y} года`] : [`${y}`, `${y} г.`];
    case "bg":
      return standalone ? [`${y} г.`, `${y} година`, `през ${y} г.`, `${y}`, `${y}г.`] : [`${y}`, `${y} г.`];
    case "en":
      return standalone ? [`${y}`, `in ${y}`, `during ${y}`] : [`${y}`];
  }
}

function periodWritings(p: Period, lang: Language, standalone: boolean): string[] {
  switch (p.unit) {
    case "date":
      return dates(p, lang);
    case "month":
      return months(p, lang, standalone);
    case "quarter":
      return quarters(p, lang, standalone);
    case "half":
      return halves(p, lang, standalone);
    case "season":
      return seasons(p, lang, standalone);
    case "year":
      return years(p.year, lang, standalone);
  }
}

/** "by the end of <period>" in each language; dates take "до"/"by"/"не пізніше"/"не по-късно от". */
function byWritings(p: Period, lang: Language): string[] {
  const y = p.year;
  switch (p.unit) {
    case "date": {
      const inner = dates(p, lang);
      const prefixes = {
        uk: ["до", "не пізніше", "До"],
        ru: ["до", "не позднее"],
        bg: ["до", "не по-късно от", "До"],
        en: ["by", "no later than", "By"],
      }[lang];
      return prefixes.flatMap((prefix) => inner.map((d) => `${prefix} ${d}`));
    }
    case "month": {
      const m = p.month;
      return {
        uk: [
          `до кінця ${at(MONTHS_GENITIVE.uk, m - 1)} ${y} р.`,
          `до кінця ${at(MONTHS_GENITIVE.uk, m - 1)} ${y} року`,
        ],
        ru: [`до конца ${at(MONTHS_GENITIVE.ru, m - 1)} ${y} г.`],
        bg: [
          `до края на м. ${roman(m, false)} ${y} г.`,
          `до края на ${at(MONTHS_NOMINATIVE.bg, m - 1)} ${y} г.`,
          `до края на м. ${at(MONTHS_NOMINATIVE.bg, m - 1)} ${y} г.`,
        ],
        en: [
          `by end of ${at(MONTHS_NOMINATIVE.en, m - 1)} ${y}`,
          `by the end of ${at(MONTHS_NOMINATIVE.en, m - 1)} ${y}`,
          `by end-${at(MONTHS_SHORT.en, m - 1)} ${y}`,
        ],
      }[lang];
    }
    case "quarter": {
      const q = p.quarter;
      return {
        uk: [`до кінця ${roman(q, false)} кварталу ${y} р.`, `до кінця ${roman(q, true)} кварталу ${y} року`],
        ru: [`до конца ${roman(q, false)} квартала ${y} г.`],
        bg: [
          `до края на ${roman(q, false)} тримесечие на ${y} г.`,
          `до края на ${at(ORDINALS.bg, q - 1)} тримесечие на ${y} г.`,
        ],
        en: [`by end of Q${q} ${y}`, `by the end of Q${q} ${y}`],
      }[lang];
    }
    case "half": {
      const h = p.half;
      return {
        uk: [
          `до кінця ${roman(h, false)} півріччя ${y} р.`,
          `до кінця ${at(HALF_ORDINALS.uk, h - 1)} півріччя ${y} року`,
        ],
        ru: [`до конца ${roman(h, false)} полугодия ${y} г.`],
        bg: [
          `до края на ${at(HALF_ORDINALS.bg, h - 1)} полугодие на ${y} г.`,
          `до края на ${roman(h, false)} полугодие на ${y} г.`,
        ],
        en: [`by end of H${h} ${y}`, `by the end of the ${at(HALF_ORDINALS.en, h - 1)} half of ${y}`],
      }[lang];
    }
    case "season": {
      const of = at(SEASONS[lang].of, p.season - 1);
      return {
        uk: [`до кінця ${of} ${y} р.`],
        ru: [`до конца ${of} ${y} г.`],
        bg: [`до края на ${of} ${y} г.`],
        en: [`by end of ${of} ${y}`, `by the end of ${of} ${y}`],
      }[lang];
    }
    case "year":
      return {
        uk: [`до кінця ${y} року`, `до кінця ${y} р.`],
        ru: [`до конца ${y} года`, `до конца ${y} г.`],
        bg: [`до края на ${y} г.`, `до края на ${y} година`],
        en: [`by end of ${y}`, `by the end of ${y}`, `by end-${y}`],
      }[lang];
  }
}

const DASHES = ["-", "–", "—", " - ", " – ", " — "];
const SPACED = [" - ", " – ", " — "];

/** Spans written whole ("листопад 2024 р. – січень 2025 р.") and shortened within one year ("Feb–May 2024"). */
function spanWritings(from: Period, to: Period, lang: Language, dash: string, spacedDash: string): string[] {
  const left = periodWritings(from, lang, false);
  const right = periodWritings(to, lang, false);
  // A side written with "-" or "/" (2025-12-31, 31/12/2025) needs a spaced dash to stay readable.
  const whole = left.flatMap((a, i) => {
    const b = right[i % right.length] as string;
    const sep = /[-/]/.test(a + b) ? spacedDash : dash;
    return [`${a}${sep}${b}`];
  });
  const y = to.year;
  const same = from.year === to.year;
  if (from.unit === "year") {
    const a = from.year;
    const forms = {
      uk: [
        `${a}${dash}${y}`,
        `${a}${dash}${y} роки`,
        `${a}${dash}${y} рр.`,
        `${a}-\n${y} роки`,
        `протягом ${a}${dash}${y} років`,
        `${a}${dash}${y} р.р.`,
      ],
      ru: [`${a}${dash}${y} гг.`, `${a}${dash}${y} годы`, `${a}${dash}${y}`, `${a}-\n${y} гг.`],
      bg: [`${a}${dash}${y} г.`, `${a}${dash}${y}`, `${a}-\n\n${y} г.`, `${a}${dash}${y}г.`],
      en: [`${a}${dash}${y}`, `${a} to ${y}`, `from ${a} to ${y}`],
    }[lang];
    return [...forms, ...whole];
  }
  if (from.unit === "date" && to.unit === "date") {
    const a = dates(from, lang)[0] as string;
    const b = dates(to, lang)[0] as string;
    const forms = {
      uk: [
        `з ${a} по ${b}`,
        `з ${from.day} ${at(MONTHS_GENITIVE.uk, from.month - 1)} по ${to.day} ${at(MONTHS_GENITIVE.uk, to.month - 1)} ${y} р.`,
      ],
      ru: [`с ${a} по ${b}`],
      bg: [
        `от ${a} до ${b}`,
        `${pad(from.day)}.${pad(from.month)}.${from.year} - ${pad(to.day)}.${pad(to.month)}.${y} г.`,
      ],
      en: [`from ${a} to ${b}`, `${a} to ${b}`],
    }[lang];
    return same ? [...forms, ...whole] : whole;
  }
  if (!same) return whole;
  if (from.unit === "month" && to.unit === "month") {
    const [a, b] = [from.month - 1, to.month - 1];
    const [Ra, Rb] = [roman(a + 1, false), roman(b + 1, false)];
    const forms = {
      uk: [
        `${at(MONTHS_NOMINATIVE.uk, a)}${dash}${at(MONTHS_NOMINATIVE.uk, b)} ${y}`,
        `${at(MONTHS_NOMINATIVE.uk, a)}${dash}${at(MONTHS_NOMINATIVE.uk, b)} ${y} року`,
        `${cap(at(MONTHS_NOMINATIVE.uk, a))}${dash}${at(MONTHS_NOMINATIVE.uk, b)} ${y} р.`,
        `${Ra}${dash}${Rb}.${y}`,
      ],
      ru: [
        `${at(MONTHS_NOMINATIVE.ru, a)}${dash}${at(MONTHS_NOMINATIVE.ru, b)} ${y} г.`,
        `${cap(at(MONTHS_NOMINATIVE.ru, a))}${dash}${at(MONTHS_NOMINATIVE.ru, b)} ${y} года`,
      ],
      bg: [
        `м. ${Ra}${dash}${Rb} ${y} г.`,
        `м. ${roman(a + 1, true)}${dash}${roman(b + 1, true)} ${y} г.`,
        `${at(MONTHS_NOMINATIVE.bg, a)}${dash}${at(MONTHS_NOMINATIVE.bg, b)} ${y} г.`,
        `м. ${at(MONTHS_NOMINATIVE.bg, a)}${dash}м. ${at(MONTHS_NOMINATIVE.bg, b)} ${y} г.`,
      ],
      en: [
        `${at(MONTHS_SHORT.en, a)}${dash}${at(MONTHS_SHORT.en, b)} ${y}`,
        `${at(MONTHS_NOMINATIVE.en, a)}${dash}${at(MONTHS_NOMINATIVE.en, b)} ${y}`,
      ],
    }[lang];
    return [...forms, ...whole];
  }
  if (from.unit === "quarter" && to.unit === "quarter") {
    const [a, b] = [from.quarter, to.quarter];
    const forms = {
      uk: [
        `${roman(a, false)}${dash}${roman(b, false)} квартал ${y} р.`,
        `${roman(a, true)}${dash}${roman(b, true)} квартали ${y} року`,
      ],
      ru: [`${roman(a, false)}${dash}${roman(b, false)} квартал ${y} г.`],
      bg: [
        `${roman(a, false)}${dash}${roman(b, false)} тримесечие на ${y} г.`,
        `${roman(a, true)}${dash}${roman(b, true)} тримесечие ${y} г.`,
      ],
      en: [`Q${a}${dash}Q${b} ${y}`],
    }[lang];
    return [...forms, ...whole];
  }
  return whole;
}

/**
 * Every writing of a deadline value in `lang` that the renderer knows, with the given dashes for spans
 * (`dash` between bare parts, `spacedDash` where a part holds "-" or "/"). Dates also come as Excel date
 * cells and years as numbers.
 */
export function deadlineWritings(
  value: DeadlineValue,
  lang: Language,
  dash = "–",
  spacedDash = " – ",
): CellValue[] {
  switch (value.kind) {
    case "continuous":
      return [...CONTINUOUS[lang]];
    case "recurring":
      return [...RECURRING[lang]];
    case "unreadable":
      return [...UNREADABLE[lang]];
    case "by":
      return byWritings(value.period, lang);
    case "span":
      return spanWritings(value.from, value.to, lang, dash, spacedDash);
    case "point": {
      const p = value.period;
      const forms: CellValue[] = periodWritings(p, lang, true);
      if (p.unit === "date") forms.push(new Date(Date.UTC(p.year, p.month - 1, p.day)));
      if (p.unit === "year") forms.push(p.year);
      return forms;
    }
  }
}

/**
 * Writes a deadline value as a cell, in one of the ways `lang` writes it. `choose` picks the dashes and the
 * writing (seeded in the variants, drawn by fast-check in the property test).
 */
export function renderDeadline(value: DeadlineValue, lang: Language, choose: Choose): CellValue {
  const dash = DASHES[choose(DASHES.length)] as string;
  const spaced = SPACED[choose(SPACED.length)] as string;
  const forms = deadlineWritings(value, lang, dash, spaced);
  return forms[choose(forms.length)] ?? null;
}
