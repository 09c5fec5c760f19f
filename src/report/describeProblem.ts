import type { AnyProblem, FieldRole, ReturnPlace } from "../engine";
import { CATALOGUES, type Locale, t } from "../i18n";

/** The message of a consolidation problem in a language; `name` turns roster ids into executor names. */
export function describeProblem(
  problem: AnyProblem,
  locale: Locale,
  name: (id: string | null) => string,
): string {
  const params: Record<string, string | number> = { executor: name(problem.executor) };
  for (const [key, value] of Object.entries(problem.params))
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  switch (problem.code) {
    case "unmatched-row":
      params.reason = t(locale, `consolidate.reason.${problem.params.reason}`);
      params.text = shorten(problem.params.text);
      break;
    case "conflict":
      params.fields = problem.params.fields.map((f) => t(locale, `consolidate.field.${f}`)).join(", ");
      params.rows = returnPlaces(problem.params.rows);
      break;
    case "duplicate-identical":
      params.rows = returnPlaces(problem.params.rows);
      break;
    case "executor-unknown":
      params.candidates = problem.params.candidates.length === 0 ? "—" : problem.params.candidates.join("; ");
      break;
    case "formula-like-text":
    case "number-as-text":
    case "value-not-number":
      params.field = CATALOGUES[locale].fields[problem.params.field as FieldRole] ?? problem.params.field;
      break;
    case "text-changed":
      params.similarity = problem.params.similarity.toFixed(2);
      params.text = shorten(problem.params.text);
      break;
    default:
      break;
  }
  const message = t(locale, `consolidate.problem.${problem.code}`, params);
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** "a.xlsx: Sheet1!12; b.xlsx: Sheet1!14". */
function returnPlaces(rows: readonly ReturnPlace[]): string {
  return rows.map((r) => `${r.file}: ${r.sheet}!${r.row}`).join("; ");
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
