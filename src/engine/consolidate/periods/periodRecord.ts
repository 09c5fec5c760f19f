import { collapseSpace } from "../../text/collapseSpace";
import type { Consolidation } from "../Consolidation";
import type { PeriodRecord } from "./History";
import { measureValue } from "./measureValue";
import type { Period } from "./Period";

/** What a consolidation leaves in the history: per measure its status and value, per executor its counts. */
export function periodRecord(result: Consolidation, period: Period, planHash: string): PeriodRecord {
  return {
    period,
    planHash,
    measures: result.measures.map((m) => ({
      sheet: m.measure.sheet,
      key: m.measure.key,
      text: collapseSpace(m.measure.text),
      status: m.status,
      value: measureValue(m),
    })),
    executors: result.executors
      .filter((e) => e.expected > 0 || e.reported > 0)
      .map((e) => ({ id: e.id, name: e.name, expected: e.expected, reported: e.reported })),
  };
}
