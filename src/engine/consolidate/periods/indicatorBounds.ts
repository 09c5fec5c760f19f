import { parseNumber, type NumberLocale } from "../../parse/parseNumber";
import type { FieldCell, Measure } from "../../plan/Plan";

/** The numbers an indicator is measured against: where it started and where the plan wants it. */
export type IndicatorBounds = { readonly baseline: number | null; readonly target: number | null };

/**
 * The plan's baseline (its baseline column, else the value the plan states as current when it was written —
 * "Текуща стойност") and target of a measure, when they are numbers.
 */
export function indicatorBounds(measure: Measure, locale: NumberLocale): IndicatorBounds {
  const { baseline, currentValue, targetValue } = measure.fields;
  return { baseline: numberIn(baseline ?? currentValue, locale), target: numberIn(targetValue, locale) };
}

/**
 * How far the value has come from the baseline towards the target: (value − baseline) / (target − baseline);
 * 1 = target reached, above 1 = exceeded, negative = moved away. Null without a baseline, a target or a value,
 * or when target and baseline are equal.
 */
export function achievement(value: number | null, bounds: IndicatorBounds): number | null {
  const { baseline, target } = bounds;
  if (value === null || baseline === null || target === null || target === baseline) return null;
  return (value - baseline) / (target - baseline);
}

function numberIn(cell: FieldCell | undefined, locale: NumberLocale): number | null {
  const parsed = parseNumber(cell?.value ?? null, locale);
  return parsed.kind === "number" ? parsed.value : null;
}
