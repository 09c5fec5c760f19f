/** Words that make a deadline open-ended: the measure runs all the time (no recurrence of its own). */
export const continuousWords: ReadonlySet<string> = new Set([
  // uk
  ...["постійно", "постійний", "постійна", "постійне", "регулярно", "безстроково", "поточний", "поточна"],
  // bg (and ru "постоянно")
  ...["постоянен", "постоянно", "постоянна", "постоянни", "текущ", "текущо", "текуща", "непрекъснато"],
  // ru
  ...["постоянный", "регулярно", "бессрочно"],
  // en
  ...["ongoing", "regularly", "permanent", "permanently", "continuous", "continuously", "continual"],
]);

/** How often a recurring deadline comes back. */
export type Recurrence = "year" | "half" | "quarter" | "month" | "week" | "day";

/** Words that make a deadline recurring ("щороку до 1 лютого", "ежегодно", "quarterly"), by period. */
export const recurrenceWords: ReadonlyMap<string, Recurrence> = new Map(
  (
    [
      ["year", ["щороку", "щорічно", "щорічний", "щорічна", "ежегодно", "ежегоден", "ежегодна", "ежегодни"]],
      ["year", ["годишно", "annually", "yearly", "annual"]],
      ["half", ["щопівроку", "щопіврічно", "полугодово", "полугодишно", "semiannually", "biannually"]],
      ["quarter", ["щокварталу", "щоквартально", "щоквартальний", "ежеквартально", "тримесечно"]],
      ["quarter", ["quarterly"]],
      ["month", ["щомісяця", "щомісячно", "щомісячний", "ежемесечно", "ежемесячно", "месечно", "monthly"]],
      ["week", ["щотижня", "щотижнево", "ежеседмично", "еженедельно", "седмично", "weekly"]],
      ["day", ["щодня", "щоденно", "ежедневно", "всекидневно", "daily"]],
    ] as const
  ).flatMap(([every, words]) => words.map((word) => [word, every] as const)),
);

/** Word sequences that make a deadline recurring ("every year", "всяка година", "раз на рік"). */
export const recurrencePhrases: readonly (readonly [readonly string[], Recurrence])[] = [
  [["every", "year"], "year"],
  [["each", "year"], "year"],
  [["every", "quarter"], "quarter"],
  [["each", "quarter"], "quarter"],
  [["every", "month"], "month"],
  [["each", "month"], "month"],
  [["всяка", "година"], "year"],
  [["всяко", "тримесечие"], "quarter"],
  [["всеки", "месец"], "month"],
  [["раз", "на", "рік"], "year"],
  [["раз", "на", "півроку"], "half"],
  [["раз", "на", "квартал"], "quarter"],
  [["раз", "на", "місяць"], "month"],
  [["один", "раз", "на", "рік"], "year"],
  [["кожного", "року"], "year"],
  [["кожного", "кварталу"], "quarter"],
  [["кожного", "місяця"], "month"],
  [["каждый", "год"], "year"],
  [["раз", "в", "год"], "year"],
  [["протягом", "кожного", "року"], "year"],
];

/** Word sequences with the same meaning ("протягом дії Плану", "през целия период"). */
export const continuousPhrases: readonly (readonly string[])[] = [
  ["протягом", "дії"],
  ["впродовж", "дії"],
  ["протягом", "усього", "періоду"],
  ["протягом", "всього", "періоду"],
  ["впродовж", "усього", "періоду"],
  ["впродовж", "всього", "періоду"],
  ["на", "весь", "період"],
  ["весь", "період"],
  ["през", "целия", "период"],
  ["за", "целия", "период"],
  ["throughout", "the", "period"],
  ["whole", "period"],
  ["entire", "period"],
  ["протягом", "строку", "дії"],
  ["в", "течение", "всего", "периода"],
  ["през", "целия", "срок"],
  ["за", "срока", "на"],
  ["на", "постійній", "основі"],
  ["на", "постоянна", "основа"],
  ["on", "an", "ongoing", "basis"],
  ["протягом", "періоду"],
  ["упродовж", "періоду"],
  ["впродовж", "періоду"],
  ["упродовж", "дії"],
  ["упродовж", "усього", "періоду"],
  ["упродовж", "всього", "періоду"],
  ["протягом", "терміну", "дії"],
  ["на", "протяжении"],
  ["в", "течение", "периода"],
  ["в", "рамките", "на", "периода"],
  ["throughout", "the", "plan"],
  ["throughout", "the", "programme"],
  ["throughout", "the", "program"],
  ["throughout", "the", "strategy"],
  ["over", "the", "plan", "period"],
  ["for", "the", "duration"],
  ["for", "the", "whole", "period"],
  // "during the year" with no year named: all along, as "постійно протягом року" is
  ["протягом", "року"],
  ["упродовж", "року"],
  ["впродовж", "року"],
  ["в", "течение", "года"],
  ["през", "годината"],
  ["в", "рамките", "на", "годината"],
  ["during", "the", "year"],
  ["throughout", "the", "year"],
];

export type Bound = "by" | "from" | "to";

/** Word sequences that bound a period: "до кінця" (by), "з" (from), "по" (to). Longer ones are tried first. */
export const boundPhrases: readonly (readonly [readonly string[], Bound])[] = [
  [["не", "пізніше", "ніж"], "by"],
  [["не", "позднее"], "by"],
  [["не", "позже"], "by"],
  [["найпізніше"], "by"],
  [["at", "the", "latest"], "by"],
  [["latest", "by"], "by"],
  [["не", "пізніше"], "by"],
  [["не", "покъсно", "от"], "by"],
  [["не", "по", "късно", "от"], "by"],
  [["до", "кінця"], "by"],
  [["до", "закінчення"], "by"],
  [["до", "края", "на"], "by"],
  [["до", "края"], "by"],
  [["до"], "by"],
  [["кінець"], "by"],
  [["наприкінці"], "by"],
  [["в", "кінці"], "by"],
  [["в", "конце"], "by"],
  [["в", "края", "на"], "by"],
  [["at", "the", "end", "of"], "by"],
  [["края", "на"], "by"],
  [["by", "the", "end", "of"], "by"],
  [["by", "end", "of"], "by"],
  [["the", "end", "of"], "by"],
  [["end", "of"], "by"],
  [["not", "later", "than"], "by"],
  [["no", "later", "than"], "by"],
  [["by"], "by"],
  [["until"], "by"],
  [["till"], "by"],
  [["починаючи", "з"], "from"],
  [["начиная", "с"], "from"],
  [["считано", "от"], "from"],
  [["starting", "from"], "from"],
  [["starting"], "from"],
  [["с"], "from"],
  [["починаючи", "від"], "from"],
  [["з"], "from"],
  [["із"], "from"],
  [["зі"], "from"],
  [["від"], "from"],
  [["от"], "from"],
  [["from"], "from"],
  [["since"], "from"],
  [["по"], "to"],
  [["to"], "to"],
  [["through"], "to"],
];
