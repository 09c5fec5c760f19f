import type { Plan } from "../../plan/Plan";
import type { FieldRole } from "../../table/FieldRole";

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

/**
 * The language of a return's report column labels (status, value, what was done …), or null when they do not
 * tell (no such labels, or mixed scripts). An executor who labels the report columns of a Bulgarian plan in
 * English also writes the numbers under them the English way ("1,234").
 */
export function labelLanguage(plan: Plan, roles: ReadonlySet<FieldRole>): "uk" | "bg" | "en" | null {
  const labels = plan.sheets.flatMap((sheet) =>
    sheet.tables
      .slice(0, 1)
      .flatMap((table) => table.columns.filter((c) => roles.has(c.role)).map((c) => c.header)),
  );
  const text = labels.join(" ");
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/[a-z]/giu) ?? []).length;
  if (latin > 0 && cyrillic === 0) return "en";
  if (cyrillic === 0 || latin > 0) return null;
  const ukrainian = (text.match(/[іїєґ]/giu) ?? []).length;
  const bulgarian = (text.match(/[ъ]/giu) ?? []).length;
  if (ukrainian === bulgarian) return null;
  return ukrainian > bulgarian ? "uk" : "bg";
}
