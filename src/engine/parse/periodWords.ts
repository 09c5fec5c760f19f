/** Words naming a quarter of a year. */
export const quarterWords: ReadonlySet<string> = new Set([
  "квартал",
  "кварталу",
  "кварталі",
  "квартали",
  "кварталів",
  "кварталах",
  "кв",
  "кварт",
  "квартала",
  "кварталы",
  "квартале",
  "кварталах",
  "кварталов",
  "тримесечие",
  "тримесечието",
  "тримесечия",
  "тримес",
  "quarter",
  "quarters",
  "qtr",
  "q",
]);

/** Words naming a half of a year. */
export const halfYearWords: ReadonlySet<string> = new Set([
  "півріччя",
  "півріччі",
  "півроку",
  "пів",
  "півр",
  "полугодие",
  "полугодието",
  "полугодия",
  "полугодии",
  "полуг",
  "шестмесечие",
  "шестмесечието",
  "halfyear",
  "half",
  "semester",
  "h",
]);

/**
 * Seasons of a year, by their months: spring March–May (1), summer June–August (2), autumn September–November
 * (3). Winter is left out: "зима 2025" may mean its January or its December.
 */
export const seasonWords: ReadonlyMap<string, number> = new Map(
  (
    [
      [
        1,
        ["весна", "весни", "весну", "навесні", "весною", "весняний", "пролет", "пролетта", "весны", "весной"],
      ],
      [1, ["spring"]],
      [
        2,
        ["літо", "літа", "влітку", "літку", "літній", "літнього", "лято", "лятото", "лето", "лета", "летом"],
      ],
      [2, ["летний", "летнего", "summer"]],
      [3, ["осінь", "осені", "восени", "осінню", "осінній", "осіннього", "есен", "есента", "осень", "осени"]],
      [3, ["осенью", "осенний", "осеннего", "autumn", "fall"]],
    ] as const
  ).flatMap(([n, words]) => words.map((word) => [word, n] as const)),
);

/**
 * Parts of a year named loosely, as the period they stand for: the beginning is its first quarter, early its
 * first half, the middle its June, late its second half ("mid-2026", "на початку 2026 року", "средата на 2026").
 */
export const partOfYearWords: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [
        ["q", "n1"],
        ["початок", "початку", "началото", "начало", "начала", "начале", "beginning"],
      ],
      [["h", "n1"], ["early"]],
      [["m6"], ["середина", "середини", "середині", "средата", "средина", "середины", "середине", "mid"]],
      [["m6"], ["middle"]],
      [["h", "n2"], ["late"]],
    ] as const
  ).flatMap(([symbols, words]) => words.map((word) => [word, symbols] as const)),
);

/** Ordinal words used with quarters and half-years ("перше півріччя", "второ тримесечие", "second quarter"). */
export const ordinalWords: ReadonlyMap<string, number> = new Map(
  (
    [
      // uk
      [1, ["перше", "першого", "перший", "першому", "перша", "першій", "першим"]],
      [2, ["друге", "другого", "другий", "другому", "друга", "другій", "другим"]],
      [3, ["третє", "третій", "третього", "третьому", "третя", "третім"]],
      [4, ["четверте", "четвертий", "четвертого", "четвертому", "четверта", "четвертій", "четвертим"]],
      // bg
      [1, ["първо", "първото", "първи", "първия", "първото", "първа"]],
      [2, ["второ", "второто", "втори", "втория", "втора"]],
      [3, ["трето", "третото", "трети", "третия", "трета"]],
      [4, ["четвърто", "четвъртото", "четвърти", "четвъртия", "четвърта"]],
      // ru
      [1, ["первое", "первый", "первого", "первом", "первая", "первой"]],
      [2, ["второе", "второй", "второго", "втором", "вторая"]],
      [3, ["третье", "третий", "третьего", "третьем", "третья"]],
      [4, ["четвертое", "четвертый", "четвертого", "четвертом", "четвертая"]],
      // en
      [1, ["first"]],
      [2, ["second"]],
      [3, ["third"]],
      [4, ["fourth"]],
    ] as const
  ).flatMap(([n, words]) => words.map((word) => [word, n] as const)),
);

/** Roman numerals I..XII (quarters, half-years, Bulgarian months), with Latin letters ("і"/"х" already folded). */
export const romanNumerals: ReadonlyMap<string, number> = new Map(
  ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"].map(
    (r, i) => [r, i + 1] as const,
  ),
);

/** "та", "і", "и", "and" between years: "2022 та 2023 роки" is a list like "2022, 2023". */
export const conjunctionWords: ReadonlySet<string> = new Set(["та", "і", "й", "и", "and"]);

/**
 * Words that add nothing to the period: year words ("рік", "р.", "г.", "година"), "у", "протягом", "включно",
 * English ordinal suffixes ("4th").
 */
export const fillerWords: ReadonlySet<string> = new Set([
  ...["рік", "року", "роки", "років", "році", "роках", "р", "рр", "г", "гг", "год", "година", "години"],
  ...["годината", "year", "years", "yr", "календарного", "календарний", "календарна"],
  ...["у", "в", "во", "на", "протягом", "впродовж", "упродовж", "през", "течение", "срок", "строк", "термін"],
  ...["терміну", "throughout"],
  ...["during", "in", "within", "of", "the", "включно", "включително", "inclusive", "incl"],
  ...["st", "nd", "rd", "th", "кінця", "края", "end", "закінчення", "конца", "окончания"],
  ...[
    "года",
    "годов",
    "году",
    "годы",
    "гг",
    "течение",
    "включительно",
    "навчальний",
    "навчального",
    "навчальному",
  ],
  ...["навчальних", "учебна", "учебната", "учебен", "учебни", "учебный", "учебного", "academic", "school"],
  ...["calendar", "fiscal", "числа", "число", "дня", "day", "ден", "денят", "терміни", "сроки", "срока"],
]);
