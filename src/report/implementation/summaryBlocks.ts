import { COUNTED_STATUSES, type StatusCounts, type SummarySection } from "../../engine";
import type { Locale } from "../../i18n";
import { t } from "../../i18n";
import { formatShare } from "./reportFormat";
import {
  labelledColumn,
  textCell,
  type ReportBlock,
  type ReportCell,
  type ReportRow,
} from "./ReportDocument";
import type { WordingContext } from "./WordingContext";

/**
 * The summary: how many measures the plan has and how many are overdue; a table of measures by status (count
 * and share) for the whole plan and per goal, parts as headings; the executors that did not report, and
 * those that reported on part of their measures.
 */
export function summaryBlocks(section: SummarySection, { locale }: WordingContext): ReportBlock[] {
  const { counts } = section;
  // "No status" only when some measure has it: the usual table has the five statuses of the issue.
  const statuses = COUNTED_STATUSES.filter((s) => s !== "no_status" || counts.counts.no_status > 0);
  const row = (label: string, c: StatusCounts, total = false): ReportRow => ({
    kind: "cells",
    total,
    cells: [
      textCell(label),
      textCell(String(c.total)),
      ...statuses.map((status) => share(c.counts[status], c.shares[status], locale)),
      share(c.overdue, c.total === 0 ? null : c.overdue / c.total, locale),
    ],
  });
  const rows: ReportRow[] = [row(t(locale, "report.row.plan"), counts, true)];
  let part: string | null = null;
  for (const goal of section.goals) {
    if (goal.part !== null && goal.part !== part) rows.push({ kind: "heading", level: 1, text: goal.part });
    part = goal.part;
    rows.push(row(goal.goal ?? t(locale, "report.noGoal"), goal.counts));
  }
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 1, text: t(locale, "report.summary.heading") },
    {
      kind: "paragraph",
      text: t(locale, "report.summary.total", { total: counts.total, overdue: counts.overdue }),
    },
    {
      kind: "table",
      table: {
        columns: [
          labelledColumn(t(locale, "report.column.goal"), 36),
          labelledColumn(t(locale, "report.column.total"), 12, "center"),
          ...statuses.map((status) => labelledColumn(t(locale, `report.column.${status}`), 12, "center")),
          labelledColumn(t(locale, "report.column.overdue"), 12, "center"),
        ],
        rows,
      },
    },
    { kind: "heading", level: 2, text: t(locale, "report.silent.heading") },
  ];
  blocks.push(
    section.silent.length === 0
      ? { kind: "paragraph", text: t(locale, "report.silent.none") }
      : {
          kind: "list",
          items: section.silent.map((e) => {
            const line = t(locale, "report.silent.line", { name: e.name, count: e.expected });
            return e.returnedFile ? `${line} ${t(locale, "report.silent.returnedFile")}` : line;
          }),
        },
  );
  if (section.partial.length > 0)
    blocks.push(
      { kind: "heading", level: 2, text: t(locale, "report.partial.heading") },
      {
        kind: "list",
        items: section.partial.map((e) =>
          t(locale, "report.partial.line", { name: e.name, reported: e.reported, expected: e.expected }),
        ),
      },
    );
  return blocks;
}

function share(count: number, value: number | null, locale: Locale): ReportCell {
  return textCell(
    count === 0 ? "0" : t(locale, "report.share", { count, share: formatShare(value, locale) }),
  );
}
