import type {
  AggregateStatus,
  CountedStatus,
  EvaluationSection,
  MeasureName,
  ProgressSection,
} from "../../engine";
import { type Locale, t } from "../../i18n";
import { statusLabel } from "../consolidationLabels";
import { formatAmount, formatShare } from "./reportFormat";
import {
  labelledColumn,
  textCell,
  type ReportBlock,
  type ReportCell,
  type ReportColumn,
} from "./ReportDocument";
import type { WordingContext } from "./WordingContext";

/** Characters across the progress table when it fills a landscape page. */
const PAGE_CHARACTERS = 150;

/**
 * The measures across periods: how many moved to done and how many are overdue, then a table with each
 * measure's status in every period kept (when there is more than one), the first period it was done, overdue,
 * and its indicator's value, change and achievement of the target where there are any.
 */
export function progressBlocks(section: ProgressSection, { locale }: WordingContext): ReportBlock[] {
  const { measures, periods } = section;
  type Column = {
    readonly column: ReportColumn;
    readonly cell: (m: ProgressSection["measures"][number]) => ReportCell;
  };
  const columns: Column[] = [
    {
      column: labelledColumn(t(locale, "report.column.number"), 4, "center"),
      cell: (m) => textCell(m.number),
    },
  ];
  const measureColumn = columns.length;
  columns.push({
    column: labelledColumn(t(locale, "report.column.measure"), 30),
    cell: (m) => textCell(m.text),
  });
  if (periods.length > 1)
    periods.forEach((period, i) =>
      columns.push({
        column: labelledColumn(t(locale, "cycle.column.statusIn", { period }), 12, "center"),
        cell: (m) => statusCell(m.statuses[i], locale),
      }),
    );
  columns.push(
    {
      column: labelledColumn(t(locale, "cycle.column.firstDone"), 10, "center"),
      cell: (m) => textCell(m.firstDone),
    },
    {
      column: labelledColumn(t(locale, "report.column.overdue"), 10, "center"),
      cell: (m) => (m.overdue ? { ...textCell(t(locale, "report.overdue")), alert: true } : textCell()),
    },
  );
  if (measures.some((m) => m.value !== null))
    columns.push({
      column: labelledColumn(
        t(locale, "cycle.column.valueIn", { period: periods[section.current] ?? "" }),
        10,
        "right",
      ),
      cell: (m) => number(m.value, locale),
    });
  if (measures.some((m) => m.change !== null))
    columns.push({
      column: labelledColumn(t(locale, "cycle.column.change"), 10, "right"),
      cell: (m) => (m.change === null ? textCell() : textCell(signed(m.change, locale))),
    });
  if (measures.some((m) => m.achievement !== null))
    columns.push({
      column: labelledColumn(t(locale, "cycle.column.achievement"), 12, "right"),
      cell: (m) => textCell(m.achievement === null ? null : formatShare(m.achievement, locale)),
    });
  // The measure's text takes the width the other columns leave.
  const used = columns.reduce((n, c) => n + c.column.width, 0);
  const wide = columns.map((c, i) =>
    i === measureColumn && used < PAGE_CHARACTERS
      ? { ...c, column: { ...c.column, width: c.column.width + PAGE_CHARACTERS - used } }
      : c,
  );
  return [
    { kind: "heading", level: 1, text: t(locale, "report.progress.heading"), pageBreakBefore: true },
    {
      kind: "paragraph",
      text: t(locale, "report.progress.summary", {
        periods: periods.length,
        moved: section.movedToDone,
        overdue: section.overdue,
      }),
    },
    {
      kind: "table",
      table: {
        columns: wide.map((c) => c.column),
        rows: measures.map((m) => ({ kind: "cells", cells: wide.map((c) => c.cell(m)) })),
      },
    },
  ];
}

/**
 * In the plan's last period, the evaluation of the whole plan: measures never done, indicators short of
 * their target, executors that never reported — each a heading with its count, then the list (or "none").
 */
export function evaluationBlocks(section: EvaluationSection, { locale }: WordingContext): ReportBlock[] {
  const none: ReportBlock = { kind: "paragraph", text: t(locale, "report.evaluation.none") };
  const list = (items: readonly string[]): ReportBlock =>
    items.length === 0 ? none : { kind: "list", items };
  return [
    { kind: "heading", level: 1, text: t(locale, "report.evaluation.heading") },
    {
      kind: "heading",
      level: 2,
      text: t(locale, "report.evaluation.neverDone", { count: section.neverDone.length }),
    },
    list(section.neverDone.map(name)),
    {
      kind: "heading",
      level: 2,
      text: t(locale, "report.evaluation.shortOfTarget", { count: section.shortOfTarget.length }),
    },
    list(
      section.shortOfTarget.map((s) =>
        t(locale, "report.evaluation.shortLine", {
          measure: name(s),
          value: s.value === null ? "–" : formatAmount(s.value, locale),
          target: formatAmount(s.target, locale),
          achievement: formatShare(s.achievement, locale),
        }),
      ),
    ),
    {
      kind: "heading",
      level: 2,
      text: t(locale, "report.evaluation.neverReported", { count: section.neverReported.length }),
    },
    list(
      section.neverReported.map((e) => t(locale, "report.silent.line", { name: e.name, count: e.expected })),
    ),
  ];
}

function name(m: MeasureName): string {
  return m.number === null ? m.text : `${m.number}. ${m.text}`;
}

function statusCell(status: AggregateStatus | undefined, locale: Locale): ReportCell {
  if (status === undefined) return textCell();
  const counted: CountedStatus = status ?? "no_status";
  return { ...textCell(statusLabel(status, locale)), status: counted };
}

function number(value: number | null, locale: Locale): ReportCell {
  return value === null ? textCell() : { ...textCell(formatAmount(value, locale)), number: value };
}

function signed(value: number, locale: Locale): string {
  const text = formatAmount(value, locale);
  return value > 0 ? `+${text}` : text;
}
