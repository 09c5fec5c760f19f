import type { CellValue } from "../../grid/CellValue";
import type { FieldCell } from "../../plan/Plan";
import { parseNumber, type NumberLocale } from "../../parse/parseNumber";

/** A reported value: the cell as written and what it says. Blank, 0 and "н/д" stay distinct. */
export type ValueReading = {
  readonly raw: CellValue;
  /** The number, or null when the cell is blank, "н/д" or text that is not a number ("12 / 7"). */
  readonly value: number | null;
  readonly kind: "number" | "empty" | "not-applicable" | "text";
  /** A number typed as text ("1 234,5"): read, but worth a warning. */
  readonly fromText: boolean;
};

const EMPTY: ValueReading = { raw: null, value: null, kind: "empty", fromText: false };

/** A reported value, read with the conventions of the plan's language (see parseNumber). */
export function readValue(cell: FieldCell | undefined, locale: NumberLocale = "uk"): ValueReading {
  if (cell === undefined) return EMPTY;
  const parsed = parseNumber(cell.value, locale);
  return parsed.kind === "number"
    ? { raw: cell.value, value: parsed.value, kind: "number", fromText: parsed.fromText }
    : { raw: cell.value, value: null, kind: parsed.kind, fromText: false };
}

/**
 * Text a spreadsheet would take for a formula if it were typed or pasted back: it starts with "=", "+" or
 * "@", or with "-" and then something other than a digit ("=HYPERLINK(…)", "+2 центри", "-x"). Such text is
 * data; writers must keep it a string.
 */
export function isFormulaLike(value: CellValue): value is string {
  return typeof value === "string" && /^(?:[=+@]|-\D)/u.test(value);
}
