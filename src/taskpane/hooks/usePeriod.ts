import { useMemo, useState } from "react";
import type { ChosenPeriod, Plan } from "../../engine";
import type { ConsolidationKit } from "../returns/ConsolidationKit";

export type PeriodChoiceView = {
  /** What the user typed ("" = let the returns' templates or the default decide). */
  readonly text: string;
  setText(text: string): void;
  readonly chosen: ChosenPeriod;
};

/** Today as ISO `YYYY-MM-DD` on this computer. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The period the consolidation belongs to: typed by the user, else named by the returns' templates, else
 * the last whole year (the same rule as `plancheck consolidate --period`).
 */
export function usePeriod(
  kit: ConsolidationKit,
  plan: Plan,
  fromTemplates: readonly (string | undefined)[],
): PeriodChoiceView {
  const [text, setText] = useState("");
  const chosen = useMemo(
    () => kit.choosePeriod({ given: text, fromTemplates, planPeriod: plan.period, today: today() }),
    [kit, text, fromTemplates, plan.period],
  );
  return { text, setText, chosen };
}
