import type { MeasureProgress, Progress } from "../engine";
import { type Locale, t } from "../i18n";
import type { CellInput } from "../xlsx";
import { statusLabel, statusStyle } from "./consolidationLabels";

/** Columns of the consolidated sheet that show a measure across periods; `cells` is in the header's order. */
export type ProgressColumns = {
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly cells: (m: MeasureProgress) => CellInput[];
};

type Column = { label: string; width: number; cell: (m: MeasureProgress) => CellInput };

/**
 * The progress columns, each only where it says something: overdue; with two periods or more the status in
 * each period; the first period reported done; the indicator value in each period that has one and its change;
 * baseline and achievement of the target where the plan gives both.
 */
export function progressColumns(progress: Progress, locale: Locale): ProgressColumns {
  const { periods, measures } = progress;
  const yes = { value: t(locale, "consolidate.yes"), style: "error" } as const;
  const columns: Column[] = [
    { label: t(locale, "cycle.column.overdue"), width: 12, cell: (m) => (m.overdue ? yes : null) },
  ];
  if (periods.length > 1)
    periods.forEach((period, i) =>
      columns.push({
        label: t(locale, "cycle.column.statusIn", { period: period.label }),
        width: 14,
        cell: (m) => {
          const status = m.statuses[i];
          if (status === undefined) return null;
          const style = statusStyle(status);
          const value = statusLabel(status, locale);
          return style === null ? value : { value, style };
        },
      }),
    );
  columns.push({
    label: t(locale, "cycle.column.firstDone"),
    width: 12,
    cell: (m) => m.firstDone?.label ?? null,
  });
  const valued = periods.map((_, i) =>
    measures.some((m) => m.values[i] !== null && m.values[i] !== undefined),
  );
  periods.forEach((period, i) => {
    if (valued[i])
      columns.push({
        label: t(locale, "cycle.column.valueIn", { period: period.label }),
        width: 12,
        cell: (m) => m.values[i] ?? null,
      });
  });
  if (measures.some((m) => m.change !== null))
    columns.push({ label: t(locale, "cycle.column.change"), width: 10, cell: (m) => m.change });
  if (measures.some((m) => m.bounds.baseline !== null && m.bounds.target !== null)) {
    columns.push({ label: t(locale, "cycle.column.baseline"), width: 12, cell: (m) => m.bounds.baseline });
    columns.push({
      label: t(locale, "cycle.column.achievement"),
      width: 14,
      cell: (m) => (m.achievement === null ? null : { value: m.achievement, style: "percent" }),
    });
  }
  return {
    header: columns.map((c) => c.label),
    widths: columns.map((c) => c.width),
    cells: (m) => columns.map((c) => c.cell(m)),
  };
}
