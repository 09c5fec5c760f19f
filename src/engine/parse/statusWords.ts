import type { ReportStatus } from "./ReportStatus";

/**
 * The vocabulary of status cells, per meaning, in Ukrainian, Bulgarian, English and Russian. Stems are matched
 * at the start of a folded word (lower case, look-alike letters and apostrophes folded), so every inflection
 * and capitalisation reads the same: "виконано", "Виконана", "виконаний"; "Изпълнена", "изпълнени";
 * "Completed", "complete". See readStatus for how the parts combine.
 */
export const STATUS_STEMS = {
  /** The measure is carried out. */
  done: [
    ...["виконан", "здійснен", "реалізован", "завершен", "закінчен", "зроблен", "досягнут", "проведен"],
    ...["изпълнен", "реализиран", "осъществен", "приключ", "завършен", "постигнат", "извършен", "проведен"],
    ...["выполнен", "исполнен", "реализован", "осуществлен", "завершен", "окончен", "проведен"],
    ...["done", "complet", "implemented", "achieved", "finished", "accomplished", "fulfil", "delivered"],
    ...["met", "closed"],
  ],
  /** The measure is under way. */
  inProgress: [
    ...["виконуєт", "виконуют", "триває", "тривають", "здійснюєт", "реалізуєт", "проводит", "продовжуєт"],
    ...["розпоча", "започаткован", "поточн", "постійно", "завершуєт", "процес"],
    ...["изпълнява", "изпълнение", "текущ", "продължава", "започна", "стартира", "реализира", "постоянен"],
    ...["постоянно", "тече"],
    ...["выполняет", "выполняют", "осуществляет", "продолжает", "начат", "начал", "ведет", "проводится"],
    ...["progress", "ongoing", "underway", "started", "continuing", "continuous", "delayed", "behind"],
  ],
  /** The measure has not been carried out: not started (yet), postponed, failed. */
  notDone: [
    ...["предстоящ", "предстои", "планиран", "заплануван", "відкладен", "отложен", "перенесен", "очікує"],
    ...["pending", "planned", "upcoming", "scheduled", "postponed", "waiting", "failed", "неуспешн"],
  ],
  /** The measure does not apply (any more). */
  notApplicable: [
    ...["неактуальн", "скасован", "відмінен", "отменен", "отпаднал", "неприложим", "неприменим"],
    ...["cancel", "irrelevant", "obsolete", "withdrawn", "dropped"],
  ],
  /** Only part of it is done: in progress. */
  partial: ["частков", "частичн", "partial", "partly"],
} as const;

/** Words that negate what follows: "не виконано", "not started", "не е изпълнена", "ні". */
export const NEGATIONS: ReadonlySet<string> = new Set(["не", "ні", "нe", "not", "no", "нет", "non"]);

/** Prefixes that negate a stem glued to them: "невиконано", "неизпълнена", "unfinished", "incomplete". */
export const NEGATING_PREFIXES: readonly string[] = ["не", "un", "in", "non"];

/** Phrases that mean "not applicable" (matched on folded text, spaces and slashes kept). */
export const NOT_APPLICABLE_PHRASES: readonly string[] = [
  ...["н/д", "н/з", "н/а", "н/п", "н.д", "н.п", "n/a", "na", "n.a", "not applicable", "не застосовується"],
  ...["не застосовно", "не актуально", "не се прилага", "не е приложимо", "не е приложима", "неприложимо"],
  ...["не применимо", "не применяется", "не стосується", "не відноситься", "does not apply"],
];

/** Phrases that mean "only partly": "не в повному обсязі", "not fully", "не напълно". */
export const PARTIAL_PHRASES: readonly string[] = [
  ...["не в повному обсязі", "не повністю", "не в пълен обем", "не напълно", "не изцяло", "не полностью"],
  ...["not fully", "not completely", "in part"],
];

/** Phrases that mean "under way" in words that are not status words on their own. */
export const IN_PROGRESS_PHRASES: readonly string[] = [
  "under way",
  "in hand",
  "on track",
  "у роботі",
  "в роботі",
];

/** The values a template's status drop-down offers, per language (no commas or quotes: Excel's list). */
export const STATUS_CHOICES: Readonly<Record<"uk" | "bg" | "en", Readonly<Record<ReportStatus, string>>>> = {
  uk: { done: "виконано", in_progress: "виконується", not_done: "не виконано", not_applicable: "н/д" },
  bg: {
    done: "изпълнено",
    in_progress: "в изпълнение",
    not_done: "неизпълнено",
    not_applicable: "не се прилага",
  },
  en: { done: "done", in_progress: "in progress", not_done: "not done", not_applicable: "n/a" },
};
