import type { Plan } from "../plan/Plan";

/**
 * The language a plan is written in, from its letters: Ukrainian has і, ї, є, ґ; Bulgarian has ъ and none of
 * them; text without Cyrillic is English. Read from the header labels and the first measures.
 */
export function planLanguage(plan: Plan): "uk" | "bg" | "en" {
  const sample: string[] = [];
  for (const sheet of plan.sheets) {
    for (const header of sheet.headers.slice(0, 1)) sample.push(...header.labels);
    for (const measure of sheet.measures.slice(0, 20)) sample.push(measure.text);
  }
  const text = sample.join(" ");
  const ukrainian = (text.match(/[іїєґ]/giu) ?? []).length;
  const bulgarian = (text.match(/[ъ]/giu) ?? []).length;
  if (ukrainian === 0 && bulgarian === 0) return /\p{Script=Cyrillic}/u.test(text) ? "bg" : "en";
  return ukrainian >= bulgarian ? "uk" : "bg";
}
