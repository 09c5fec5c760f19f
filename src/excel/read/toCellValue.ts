import type { CellValue } from "../../engine";

/** What `Range.values` holds for a failed formula: the error text, which the xlsx reader reads as empty. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#TIMEOUT!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/**
 * One value of `Range.values` as the engine's cell value: `""` → null, numbers (finite) and booleans as they
 * are, error values → null (a literal "#N/A" typed as text is indistinguishable here and also reads as empty).
 * Dates arrive as serial numbers and are converted separately, once their number format is known.
 */
export function toCellValue(value: unknown): CellValue {
  if (typeof value === "string") return value === "" || ERROR_VALUES.has(value) ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return null;
}
