import { type AggregateStatus, collapseSpace, type Consolidation, type MeasureResult } from "../engine";
import type { ChartSpec } from "./ConsolidationOutput";
import { type Locale, t } from "../i18n";
import type { CellInput, SheetSpec } from "../xlsx";

const STATUSES: readonly AggregateStatus[] = [
  "done",
  "in_progress",
  "not_done",
  "not_applicable",
  null,
  "not_reported",
];
/** Charts start right of the data (column I) and are 9 columns wide. */
const CHART_COLUMN = 8;
const CHART_WIDTH = 9;

/**
 * The chart sheet: how many measures have each status, per goal (goals of a multi-sheet plan are named with
 * their sheet), and per executor how many of its measures it reported and did not; each block has a native
 * stacked bar chart beside it. The counts are the consolidation's own (aggregate status, reported, missing).
 */
export function chartsSheet(
  result: Consolidation,
  locale: Locale,
): { sheet: SheetSpec; charts: ChartSpec[] } {
  const name = t(locale, "consolidate.sheet.charts");
  const statusHeader = STATUSES.map((s) => t(locale, `consolidate.status.${s ?? "none"}`));
  const goals = byGoal(result.measures);
  const executors = result.executors.filter((e) => e.expected > 0 || e.unexpected > 0);
  const rows: CellInput[][] = [
    [{ value: t(locale, "consolidate.chart.byGoal"), style: "title" }],
    [{ value: t(locale, "consolidate.column.goal"), style: "header" }, ...header(statusHeader)],
    ...goals.map(({ label, counts }) => [label, ...counts]),
    [],
    [{ value: t(locale, "consolidate.chart.byExecutor"), style: "title" }],
    [
      { value: t(locale, "consolidate.column.executor"), style: "header" },
      ...header(
        ["reported", "missing"].map((k) => t(locale, `consolidate.column.${k as "reported" | "missing"}`)),
      ),
    ],
    ...executors.map((e) => [short(e.name), e.reported, e.missing]),
  ];
  const goalTop = 1;
  const executorTop = goalTop + goals.length + 3;
  const first = chartAt(goalTop, goals.length);
  const second = chartAt(Math.max(executorTop, first.lastRowIndex + 2), executors.length);
  const charts: ChartSpec[] = [];
  if (goals.length > 0)
    charts.push({
      sheet: name,
      title: t(locale, "consolidate.chart.byGoal"),
      source: {
        rowIndex: goalTop,
        colIndex: 0,
        lastRowIndex: goalTop + goals.length,
        lastColIndex: STATUSES.length,
      },
      at: first,
    });
  if (executors.length > 0)
    charts.push({
      sheet: name,
      title: t(locale, "consolidate.chart.byExecutor"),
      source: {
        rowIndex: executorTop,
        colIndex: 0,
        lastRowIndex: executorTop + executors.length,
        lastColIndex: 2,
      },
      at: second,
    });
  return {
    sheet: { name, rows, columnWidths: [48, ...STATUSES.map(() => 12)] },
    charts,
  };
}

function header(labels: readonly string[]): CellInput[] {
  return labels.map((value) => ({ value, style: "header" }));
}

/** Measures counted per goal (in plan order) and aggregate status. */
function byGoal(measures: readonly MeasureResult[]): { label: string; counts: number[] }[] {
  const sheets = new Set(measures.map((m) => m.measure.sheet)).size;
  const groups = new Map<string, { label: string; counts: number[] }>();
  for (const m of measures) {
    const { goal, section, sheet } = m.measure;
    const heading = goal ?? section;
    const key = `${sheet}\u0001${heading?.rowIndex ?? -1}`;
    const text = heading === null ? sheet : collapseSpace(heading.text);
    const label = short(heading !== null && sheets > 1 ? `${short(sheet, 20)} › ${text}` : text);
    const group = groups.get(key) ?? { label, counts: STATUSES.map(() => 0) };
    groups.set(key, group);
    const at = STATUSES.indexOf(m.status);
    group.counts[at] = (group.counts[at] ?? 0) + 1;
  }
  return [...groups.values()];
}

function short(text: string, max = 48): string {
  const flat = collapseSpace(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Cells a chart of `categories` bars covers, starting at `top`. */
function chartAt(top: number, categories: number) {
  const height = Math.max(15, Math.ceil(categories * 1.4) + 6);
  return {
    rowIndex: top,
    colIndex: CHART_COLUMN,
    lastRowIndex: top + height - 1,
    lastColIndex: CHART_COLUMN + CHART_WIDTH - 1,
  };
}
