import { isMeasurable } from "../../parse/isMeasurable";
import type { Measure } from "../../plan/Plan";
import type { Consolidation, MeasureResult, Report } from "../Consolidation";
import type { ConflictField } from "../problems";
import type { ExecutorRequest, RequestItem, RequestMeasure } from "./ExecutorRequest";

/**
 * A request to every executor whose return has gaps: measures it is named in and did not report, blank or
 * unreadable statuses, its own contradictory rows (a conflict), a value that is no number where the indicator
 * is numeric, and rows that matched no measure. Executors without gaps get none; reports of files whose
 * executor is unknown belong to nobody and are left to the coordinator.
 */
export function executorRequests(result: Consolidation): ExecutorRequest[] {
  const conflicts = new Map(result.conflicts.map((c) => [`${c.executor ?? ""}\u0001${key(c.measure)}`, c]));
  return result.roster.entries.flatMap((entry) => {
    const measures: RequestMeasure[] = [];
    for (const m of result.measures) {
      const reports = m.reports.filter((r) => r.executor === entry.id);
      if (reports.length === 0 && !m.expected.includes(entry.id)) continue;
      const conflict = conflicts.get(`${entry.id}\u0001${key(m.measure)}`)?.fields ?? null;
      measures.push({ measure: m.measure, reports, fix: fixesOf(m, reports, entry.id, conflict) });
    }
    const unmatched: RequestItem[] = result.unmatched
      .filter((u) => u.executor === entry.id)
      .map((u) => ({
        kind: "unmatched",
        source: { file: u.file, sheet: u.sheet, row: u.row },
        key: u.key,
        text: u.text,
      }));
    const items = [...measures.flatMap((m) => m.fix), ...unmatched];
    return items.length === 0 ? [] : [{ executor: { id: entry.id, name: entry.name }, items, measures }];
  });
}

function key(measure: Measure): string {
  return `${measure.sheet}\u0001${measure.rowIndex}`;
}

function fixesOf(
  m: MeasureResult,
  reports: readonly Report[],
  executor: string,
  conflict: readonly ConflictField[] | null,
): RequestItem[] {
  const { measure } = m;
  if (reports.length === 0) return m.missing.includes(executor) ? [{ kind: "not-reported", measure }] : [];
  const items: RequestItem[] = [];
  if (conflict !== null) items.push({ kind: "conflict", measure, rows: reports, fields: conflict });
  for (const report of reports) {
    const source = { file: report.file, sheet: report.sheet, row: report.row };
    if (conflict?.includes("status") !== true) {
      if (report.statusRaw.trim() === "") items.push({ kind: "status-blank", measure, source });
      else if (report.status === null)
        items.push({ kind: "status-unrecognised", measure, source, raw: report.statusRaw });
    }
    if (conflict?.includes("value") !== true && report.valueKind === "text" && numericIndicator(measure))
      items.push({ kind: "value-not-number", measure, source, raw: String(report.valueRaw ?? "") });
  }
  return items;
}

/**
 * An indicator whose value is a number: the plan gives a numeric target or baseline, or the indicator names a
 * quantity ("кількість", "брой", "share, %").
 */
function numericIndicator(measure: Measure): boolean {
  const { indicator, targetValue, baseline } = measure.fields;
  const numeric = (value: unknown) => typeof value === "number";
  return numeric(targetValue?.value) || numeric(baseline?.value) || isMeasurable(indicator?.text ?? "");
}
