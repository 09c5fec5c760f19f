import {
  type AggregateStatus,
  collapseSpace,
  type Consolidation,
  type MeasureResult,
  type Progress,
} from "../engine";
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
 * their sheet), per executor how many of its measures it reported and did not, and (with two periods or more)
 * per goal and period how many measures had each status; each block has a native stacked bar chart beside it. The counts are the consolidation's own (aggregate status, reported, missing).
 */
export function chartsSheet(
  result: Consolidation,
  locale: Locale,
  progress: Progress | null = null,
): { sheet: SheetSpec; charts: ChartSpec[] } {
  const name = t(locale, "consolidate.sheet.charts");
  const statusHeader = STATUSES.map((s) => t(locale, `consolidate.status.${s ?? "none"}`));
  const goals = byGoal(result.measures, (m) => [{ label: null, status: m.status }]);
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
  if (progress !== null && progress.periods.length > 1) {
    const periods = progress.periods;
    const statuses = new Map(result.measures.map((m, i) => [m, progress.measures[i]?.statuses ?? []]));
    const rounds = byGoal(result.measures, (m) =>
      periods.map((period, p) => ({ label: period.label, status: statuses.get(m)?.[p] })),
    );
    const top = Math.max(rows.length + 1, second.lastRowIndex + 2);
    while (rows.length < top) rows.push([]);
    rows.push(
      [{ value: t(locale, "cycle.chart.byGoalAndPeriod"), style: "title" }],
      [{ value: t(locale, "consolidate.column.goal"), style: "header" }, ...header(statusHeader)],
      ...rounds.map(({ label, counts }) => [label, ...counts]),
    );
    charts.push({
      sheet: name,
      title: t(locale, "cycle.chart.byGoalAndPeriod"),
      source: {
        rowIndex: top + 1,
        colIndex: 0,
        lastRowIndex: top + 1 + rounds.length,
        lastColIndex: STATUSES.length,
      },
      at: chartAt(top + 1, rounds.length),
    });
  }
  return {
    sheet: { name, rows, columnWidths: [48, ...STATUSES.map(() => 12)] },
    charts,
  };
}

function header(labels: readonly string[]): CellInput[] {
  return labels.map((value) => ({ value, style: "header" }));
}

/**
 * Measures counted per goal (in plan order) and aggregate status; `statusesOf` gives a measure's status in
 * each round (one round, or one per period, labelled), undefined where the round has no record of it.
 */
function byGoal(
  measures: readonly MeasureResult[],
  statusesOf: (m: MeasureResult) => readonly { label: string | null; status: AggregateStatus | undefined }[],
): { label: string; counts: number[] }[] {
  const sheets = new Set(measures.map((m) => m.measure.sheet)).size;
  const groups = new Map<string, { label: string; counts: number[] }>();
  for (const m of measures) {
    const { goal, section, sheet } = m.measure;
    const heading = goal ?? section;
    const key = `${sheet}\u0001${heading?.rowIndex ?? -1}`;
    const text = heading === null ? sheet : collapseSpace(heading.text);
    const label = short(heading !== null && sheets > 1 ? `${short(sheet, 20)} › ${text}` : text);
    for (const round of statusesOf(m)) {
      const roundKey = `${key}\u0001${round.label ?? ""}`;
      const roundLabel = round.label === null ? label : `${short(label, 40)} — ${round.label}`;
      const group = groups.get(roundKey) ?? { label: roundLabel, counts: STATUSES.map(() => 0) };
      groups.set(roundKey, group);
      if (round.status === undefined) continue;
      const at = STATUSES.indexOf(round.status);
      group.counts[at] = (group.counts[at] ?? 0) + 1;
    }
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
