import type { NumberLocale } from "../../parse/parseNumber";
import type { PlanPeriod } from "../../plan/Plan";
import type { Consolidation } from "../Consolidation";
import type { History } from "./History";
import type { Period } from "./Period";
import { periodRecord } from "./periodRecord";
import type { Progress } from "./Progress";
import { progressOf } from "./progressOf";
import { withPeriod } from "./withPeriod";

export type TrackInput = {
  readonly result: Consolidation;
  readonly period: Period;
  /** The history read back from the consolidated workbook (empty the first time). */
  readonly earlier: History;
  readonly planHash: string;
  readonly planPeriod: PlanPeriod | null;
  readonly locale: NumberLocale;
};

/**
 * A consolidation filed under its period: the history with this period added (or replaced, when it was
 * consolidated before), and every measure's progress across the periods.
 */
export function trackPeriod(input: TrackInput): { history: History; progress: Progress } {
  const history = withPeriod(input.earlier, periodRecord(input.result, input.period, input.planHash));
  const progress = progressOf(input.result, history, input.period, {
    planPeriod: input.planPeriod,
    locale: input.locale,
  });
  return { history, progress };
}
