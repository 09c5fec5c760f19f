import { MARK_COLOURS, type Severity } from "../../engine";

/** Fill colours of marked cells by severity, as Office.js writes them: the engine's mark colours. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: `#${MARK_COLOURS.error}`,
  warning: `#${MARK_COLOURS.warning}`,
  info: `#${MARK_COLOURS.info}`,
};

/** The fill properties captured before marking and restored after: `format.fill` of getCellProperties. */
export const FILL_LOAD_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
  },
};

export type CellFill = Excel.CellPropertiesFill;

/**
 * How a mark is painted: our colour, an explicit solid pattern, no tint. Setting the colour alone keeps a
 * pattern fill's pattern and a theme colour's tint (the RangeFill docs: `color` is the background, `pattern`
 * and `tintAndShade` are properties of their own), and the mark would then neither look like ours nor be
 * recognised as ours by "Clear marks". The colour goes first: should the batch stop right after it, a cell
 * without fill or with a plain solid fill — nearly all — already shows a mark that is recognised as ours.
 */
export function paintFill(fill: Excel.RangeFill, severity: Severity): void {
  fill.color = MARK_FILLS[severity];
  fill.pattern = "Solid" as Excel.FillPattern;
  fill.tintAndShade = 0;
}

/**
 * True when the cell shows one of our mark fills: our colour without tint, solid — or with the pattern
 * reported as null, which Excel does for solid fills (OfficeDev/office-js#4900).
 */
export function isMarkFill(fill: CellFill | undefined): boolean {
  if (fill === undefined || typeof fill.color !== "string") return false;
  if (fill.pattern != null && fill.pattern !== "Solid") return false;
  return Object.values(MARK_FILLS).includes(fill.color.toUpperCase()) && (fill.tintAndShade ?? 0) === 0;
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

/**
 * True for "no fill", restored with `fill.clear()` (Excel's own way back to no fill; writing its reported
 * colour #FFFFFF back would paint the cell white and hide the gridlines, OfficeDev/office-js#2349, #6218).
 * Excel reports no fill as pattern "None", or with `pattern` null and `tintAndShade` null (office-js#4900: "If
 * you are setting No Fill, you will get null. And if you fill as white or other color, you will get a
 * number."), so a null pattern with a tint is a white (or other) solid fill, not "no fill".
 */
export function isNoFill(fill: CellFill): boolean {
  return fill.pattern === "None" || (fill.pattern == null && fill.tintAndShade == null);
}

/**
 * A recorded original fill as setCellProperties takes it back: members Excel reported as null are left out
 * (null is not a value to set), and a solid fill reported with a null pattern is given "Solid" again.
 */
export function settableFill(fill: CellFill): Excel.CellPropertiesFill {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fill)) if (value != null) out[key] = value;
  if (fill.pattern == null && typeof fill.color === "string") out.pattern = "Solid";
  return out as Excel.CellPropertiesFill;
}
