import type { FieldCell, Measure } from "../plan/Plan";
import { collapseSpace } from "../text/collapseSpace";
import { isPlaceholder } from "../text/isPlaceholder";
import { DASH_COUNTS_AS_VALUE, type CheckableField } from "../table/FieldRole";

export type FieldPresence = {
  readonly present: boolean;
  /** The cell held only a dash, which does not count for this field. */
  readonly placeholder: boolean;
  /** The measure's own cell for the field; undefined when the table has no such column. */
  readonly cell: FieldCell | undefined;
};

/**
 * Whether a measure has a value for a field: non-blank text in its own cell or in one of its sub-rows. A lone dash
 * counts only for financing, where it means "not needed".
 */
export function fieldPresence(measure: Measure, field: CheckableField): FieldPresence {
  const cell = measure.fields[field];
  const own = judge(cell, field);
  if (own === "value") return { present: true, placeholder: false, cell };
  const inSubRow = measure.subRows.some((row) => judge(row.fields[field], field) === "value");
  return { present: inSubRow, placeholder: !inSubRow && own === "placeholder", cell };
}

function judge(cell: FieldCell | undefined, field: CheckableField): "value" | "placeholder" | "empty" {
  if (cell === undefined) return "empty";
  const text = collapseSpace(cell.text);
  if (text === "") return "empty";
  if (isPlaceholder(text) && !DASH_COUNTS_AS_VALUE.has(field)) return "placeholder";
  return "value";
}
