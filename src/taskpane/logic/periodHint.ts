import type { ChosenPeriod } from "../../engine";
import type { UiKey, UiParams } from "../../i18n";

/** What the period field says under the input: the period chosen and where it came from, or why not. */
export function periodHint(chosen: ChosenPeriod): { key: UiKey; params: UiParams; invalid: boolean } {
  if (!chosen.ok) return { key: "pane.period.invalid", params: { value: chosen.given }, invalid: true };
  const { label, start, end } = chosen.period;
  const key: UiKey =
    chosen.source === "given"
      ? "pane.period.given"
      : chosen.source === "template"
        ? "pane.period.template"
        : "pane.period.default";
  return { key, params: { period: label, start, end }, invalid: false };
}
