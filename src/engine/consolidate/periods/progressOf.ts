import type { NumberLocale } from "../../parse/parseNumber";
import type { PlanPeriod } from "../../plan/Plan";
import type { Consolidation, MeasureResult } from "../Consolidation";
import type { History, PeriodRecord } from "./History";
import { achievement, indicatorBounds } from "./indicatorBounds";
import { isOverdue } from "./isOverdue";
import { measureValue } from "./measureValue";
import { isPlanEnd, samePeriod, type Period } from "./Period";
import type { MeasureProgress, NeverReported, PlanEvaluation, Progress, ShortOfTarget } from "./Progress";
import { RecordIndex } from "./RecordIndex";

export type ProgressContext = {
  readonly planPeriod: PlanPeriod | null;
  /** The plan's language: how the numbers in its baseline and target cells are written. */
  readonly locale: NumberLocale;
};

/**
 * Every measure of a consolidation across the periods of a history that holds the consolidation's own period
 * (see withPeriod): statuses and values per period, first period done, overdue, moved to done, change and
 * achievement — all as of `period`, later periods are shown but not counted. In the plan's last period, the
 * evaluation of the whole plan.
 */
export function progressOf(
  result: Consolidation,
  history: History,
  period: Period,
  context: ProgressContext,
): Progress {
  const periods = history.periods.map((p) => p.period);
  const current = periods.findIndex((p) => samePeriod(p, period));
  if (current < 0) throw new Error(`The history has no record of the period ${period.label}.`);
  const indexes = history.periods.map((record) => new RecordIndex(record));
  const measures = result.measures.map((m) =>
    measureProgress(m, indexes, periods, current, period, context.locale),
  );
  const upTo = history.periods.slice(0, current + 1);
  return {
    periods,
    current,
    measures,
    movedToDone: measures.filter((m) => m.movedToDone).length,
    overdue: measures.filter((m) => m.overdue).length,
    evaluation: isPlanEnd(period, context.planPeriod) ? evaluation(measures, upTo, current) : null,
  };
}

function measureProgress(
  result: MeasureResult,
  indexes: readonly RecordIndex[],
  periods: readonly Period[],
  current: number,
  period: Period,
  locale: NumberLocale,
): MeasureProgress {
  const records = indexes.map((index) => index.find(result.measure));
  const statuses = records.map((r, i) => (i === current ? result.status : r?.status));
  const values = records.map((r, i) => (i === current ? measureValue(result) : (r?.value ?? null)));
  const doneAt = statuses.slice(0, current + 1).findIndex((s) => s === "done");
  const before = lastIndex(statuses.slice(0, current), (s) => s !== undefined);
  const earlierValue = lastIndex(values.slice(0, current), (v) => v !== null);
  const value = values[current] ?? null;
  const bounds = indicatorBounds(result.measure, locale);
  return {
    result,
    statuses,
    values,
    firstDone: doneAt < 0 ? null : (periods[doneAt] ?? null),
    overdue: isOverdue(result.measure, result.status, period),
    movedToDone: result.status === "done" && before >= 0 && statuses[before] !== "done",
    value,
    change: value === null || earlierValue < 0 ? null : value - (values[earlierValue] ?? 0),
    bounds,
    achievement: achievement(value, bounds),
  };
}

function evaluation(
  measures: readonly MeasureProgress[],
  records: readonly PeriodRecord[],
  current: number,
): PlanEvaluation {
  const neverDone = measures
    .filter((m) => m.firstDone === null && m.result.status !== "not_applicable")
    .map((m) => m.result.measure);
  const shortOfTarget: ShortOfTarget[] = [];
  for (const m of measures) {
    const { target, baseline } = m.bounds;
    if (target === null) continue;
    const at = lastIndex(m.values.slice(0, current + 1), (v) => v !== null);
    const value = at < 0 ? null : (m.values[at] ?? null);
    const reached = achievement(value, m.bounds);
    const short = value === null || (reached !== null ? reached < 1 : baseline === null && value < target);
    if (short) shortOfTarget.push({ measure: m.result.measure, value, target, achievement: reached });
  }
  return { neverDone, shortOfTarget, neverReported: neverReported(records) };
}

/** Executors expected somewhere that reported nothing in any period, in the order of the latest roster. */
function neverReported(records: readonly PeriodRecord[]): NeverReported[] {
  const totals = new Map<string, NeverReported & { reported: number }>();
  for (const record of [...records].reverse())
    for (const e of record.executors) {
      const seen = totals.get(e.id);
      totals.set(e.id, {
        id: e.id,
        name: seen?.name ?? e.name,
        expected: (seen?.expected ?? 0) + e.expected,
        reported: (seen?.reported ?? 0) + e.reported,
      });
    }
  return [...totals.values()]
    .filter((e) => e.expected > 0 && e.reported === 0)
    .map(({ id, name, expected }) => ({ id, name, expected }));
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
