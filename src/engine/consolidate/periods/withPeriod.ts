import type { History, PeriodRecord } from "./History";
import { comparePeriods, samePeriod } from "./Period";

/**
 * The history with one period's record added: a period consolidated before is replaced (the same days,
 * whatever its label), every other period is kept, and the periods stay in chronological order. Running it
 * twice with the same record gives the same history.
 */
export function withPeriod(history: History, record: PeriodRecord): History {
  const others = history.periods.filter((p) => !samePeriod(p.period, record.period));
  return { periods: [...others, record].sort((a, b) => comparePeriods(a.period, b.period)) };
}
