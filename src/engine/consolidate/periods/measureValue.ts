import type { MeasureResult } from "../Consolidation";

/**
 * A measure's indicator value in one period, from its reports: each executor's number (the same number when
 * it reported the measure in several rows; none when its rows disagree), then the executors' numbers added up
 * — each reports its own contribution ("people reached") — or averaged when the indicator is a share (its
 * indicator or target says "%"). Null when no executor gave a number, or one contradicted itself: a figure
 * built on a contradiction is not shown.
 */
export function measureValue(result: MeasureResult): number | null {
  const byExecutor = new Map<string, number[]>();
  for (const report of result.reports) {
    if (report.value === null) continue;
    const key = report.executor ?? "";
    byExecutor.set(key, [...(byExecutor.get(key) ?? []), report.value]);
  }
  const values: number[] = [];
  for (const numbers of byExecutor.values()) {
    const first = numbers[0] ?? 0;
    if (numbers.some((n) => n !== first)) return null;
    values.push(first);
  }
  if (values.length === 0) return null;
  const total = values.reduce((sum, n) => sum + n, 0);
  return isShare(result) ? total / values.length : total;
}

function isShare(result: MeasureResult): boolean {
  const { indicator, targetValue } = result.measure.fields;
  return /%|відсот|процент|percent|дол[яі]|частк|дял/i.test(
    `${indicator?.text ?? ""} ${targetValue?.text ?? ""}`,
  );
}
