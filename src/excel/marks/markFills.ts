import type { Severity } from "../../engine";

/** Fill colours of marked cells by severity (Excel's "bad", "neutral" and a light blue). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** The fill properties captured before marking and restored after: `format.fill` of getCellProperties. */
export const FILL_LOAD_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
  },
};

export type CellFill = Excel.CellPropertiesFill;

/** True when the cell shows one of our mark fills (solid, exactly our colour). */
export function isMarkFill(fill: CellFill | undefined): boolean {
  if (fill === undefined || fill.pattern !== "Solid" || typeof fill.color !== "string") return false;
  const color = fill.color.toUpperCase();
  return Object.values(MARK_FILLS).includes(color) && (fill.tintAndShade ?? 0) === 0;
}

/**
 * Gradient fills cannot be read back through getCellProperties (only their pattern name is), so such a cell
 * is never given a mark fill: we could not put its gradient back.
 */
export function isRestorableFill(fill: CellFill | undefined): fill is CellFill {
  return fill !== undefined && fill.pattern !== "LinearGradient" && fill.pattern !== "RectangularGradient";
}

/** A stable key for de-duplicating fills in the ledger. */
export function fillKey(fill: CellFill): string {
  return JSON.stringify([
    fill.color,
    fill.pattern,
    fill.patternColor,
    fill.tintAndShade,
    fill.patternTintAndShade,
  ]);
}

/** True for "no fill" (pattern None): restored with `fill.clear()`, Excel's own way back to no fill. */
export function isNoFill(fill: CellFill): boolean {
  return fill.pattern === undefined || fill.pattern === "None";
}
