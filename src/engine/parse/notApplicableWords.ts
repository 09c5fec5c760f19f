/** Values that say "does not apply" (lower case, whitespace collapsed, a trailing dot dropped). */
export const notApplicableWords: ReadonlySet<string> = new Set([
  "н/д",
  "н/а",
  "н/з",
  "н.д",
  "н. д",
  "не застосовується",
  "не застосовно",
  "не визначено",
  "неприложимо",
  "не е приложимо",
  "не се прилага",
  "n/a",
  "na",
  "n.a",
  "not applicable",
]);
