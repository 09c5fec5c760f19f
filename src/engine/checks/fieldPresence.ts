import type { FieldCell, Measure } from "../plan/Plan";
import { isPlaceholder } from "../text/isPlaceholder";
import { DASH_COUNTS_AS_VALUE, type CheckableField } from "../table/FieldRole";

/** "placeholder": the measure's cell holds only a dash, which does not count for this field. */
export type Presence = "present" | "placeholder" | "absent";

/**
 * Whether a measure has a value for a field: non-blank text in its own cell or in one of its sub-rows. A lone dash
 * counts only for financing, where it means "not needed". (The cell itself is `measure.fields[field]`.)
 */
export function presenceOf(measure: Measure, field: CheckableField): Presence {
  const own = judge(measure.fields[field], field);
  if (own === "present") return own;
  for (const row of measure.subRows) if (judge(row.fields[field], field) === "present") return "present";
  return own;
}

function judge(cell: FieldCell | undefined, field: CheckableField): Presence {
  if (cell === undefined) return "absent";
  // Fast path for the usual case: text that starts with a visible character other than a dash.
  const first = cell.text.charCodeAt(0);
  if (
    first > 0x2d &&
    first !== 0xa0 &&
    (first < 0x2000 || first > 0x3000) &&
    first !== 0xfeff &&
    first !== 0x2212
  ) {
    return "present";
  }
  // String#trim strips every Unicode space (NBSP, thin spaces, line breaks) — the presence rule's "blank".
  const text = cell.text.trim();
  if (text === "") return "absent";
  if (text.length <= 16 && isPlaceholder(text) && !DASH_COUNTS_AS_VALUE.has(field)) return "placeholder";
  return "present";
}
