/** Words naming a quarter of a year. */
export const quarterWords: ReadonlySet<string> = new Set([
  "квартал",
  "кварталу",
  "кварталі",
  "квартали",
  "кварталів",
  "кварталах",
  "тримесечие",
  "тримесечието",
  "тримесечия",
  "quarter",
  "quarters",
  "q",
]);

/** Words naming a half of a year. */
export const halfYearWords: ReadonlySet<string> = new Set([
  "півріччя",
  "півріччі",
  "півроку",
  "полугодие",
  "полугодието",
  "полугодия",
  "halfyear",
  "half",
  "h",
]);

/** Ordinal words used with quarters and half-years ("перше півріччя", "second quarter"). */
export const ordinalWords: ReadonlyMap<string, number> = new Map([
  ["перше", 1],
  ["першого", 1],
  ["перший", 1],
  ["першому", 1],
  ["друге", 2],
  ["другого", 2],
  ["другий", 2],
  ["другому", 2],
  ["третій", 3],
  ["третього", 3],
  ["третьому", 3],
  ["четвертий", 4],
  ["четвертого", 4],
  ["четвертому", 4],
  ["първо", 1],
  ["първото", 1],
  ["второ", 2],
  ["второто", 2],
  ["трето", 3],
  ["третото", 3],
  ["четвърто", 4],
  ["четвъртото", 4],
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
]);

/** Roman numerals I..IV, written with Latin "i"/"v" or Cyrillic "і" (already lower-cased). */
export const romanNumerals: ReadonlyMap<string, number> = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
]);

/** "та", "і", "и", "and" between years: "2022 та 2023 роки" is a list like "2022, 2023". */
export const conjunctionWords: ReadonlySet<string> = new Set(["та", "і", "й", "и", "and"]);

/**
 * Words that add nothing to the period: year words ("рік", "р.", "г.", "година"), "у", "протягом", "включно",
 * English ordinal suffixes ("4th").
 */
export const fillerWords: ReadonlySet<string> = new Set([
  ...["рік", "року", "роки", "років", "році", "роках", "р", "рр", "г", "гг", "год", "година", "години"],
  ...["годината", "year", "years", "yr", "календарного", "календарний", "календарна"],
  ...["у", "в", "во", "на", "протягом", "впродовж", "през", "течение", "срок", "строк", "термін", "терміну"],
  ...["during", "in", "within", "of", "the", "включно", "включително", "inclusive", "incl"],
  ...["st", "nd", "rd", "th", "кінця", "края", "end", "закінчення"],
]);
