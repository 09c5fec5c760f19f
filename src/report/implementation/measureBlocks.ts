import type {
  AchievedValue,
  FinancingTotal,
  MeasureColumns,
  MeasureEntry,
  MeasuresSection,
} from "../../engine";
import type { Locale } from "../../i18n";
import { t } from "../../i18n";
import type { UiKey } from "../../i18n";
import { statusLabel } from "../consolidationLabels";
import { formatAmount } from "./reportFormat";
import {
  labelledColumn,
  textCell,
  type Paragraph,
  type ReportBlock,
  type ReportCell,
  type ReportColumn,
  type ReportRow,
} from "./ReportDocument";
import type { WordingContext } from "./WordingContext";

type Column = {
  readonly key: UiKey;
  readonly width: number;
  readonly align?: ReportColumn["align"];
  /** Grows with the space left on the page. */
  readonly grows?: boolean;
  readonly cell: (entry: MeasureEntry, locale: Locale) => ReportCell;
  /** The cell of a goal's or the plan's financing total row. */
  readonly total?: (total: FinancingTotal, locale: Locale) => ReportCell;
  readonly shown?: (columns: MeasureColumns) => boolean;
};

/** Characters across all columns when the table fills a landscape page at about full size. */
const PAGE_CHARACTERS = 150;

const COLUMNS: readonly Column[] = [
  { key: "report.column.number", width: 4, align: "center", cell: (e) => textCell(e.number) },
  { key: "report.column.measure", width: 26, grows: true, cell: (e) => textCell(e.text) },
  {
    key: "report.column.responsible",
    width: 22,
    grows: true,
    cell: (e) => textCell(...e.responsible.split("\n")),
  },
  { key: "report.column.deadline", width: 11, cell: (e) => textCell(e.deadline) },
  { key: "report.column.status", width: 11, align: "center", cell: statusCell },
  { key: "report.column.reports", width: 42, grows: true, cell: reportsCell },
  {
    key: "report.column.indicator",
    width: 16,
    cell: (e) => textCell(e.indicator),
    shown: (c) => c.indicator,
  },
  { key: "report.column.baseline", width: 8, cell: (e) => textCell(e.baseline), shown: (c) => c.baseline },
  { key: "report.column.target", width: 8, cell: (e) => textCell(e.target), shown: (c) => c.target },
  { key: "report.column.achieved", width: 10, cell: achievedCell, shown: (c) => c.achieved },
  {
    key: "report.column.planned",
    width: 11,
    align: "right",
    cell: plannedCell,
    total: (total, locale) => amountCell(total.planned, locale),
    shown: (c) => c.financing,
  },
  {
    key: "report.column.spent",
    width: 11,
    align: "right",
    cell: spentCell,
    total: (total, locale) => amountCell(total.spent, locale),
    shown: (c) => c.financing,
  },
];

/**
 * The measures table: goal by goal in plan order (parts and goals as heading rows), each measure's number,
 * text, responsible bodies, deadline, status (overdue marked), the executors' report texts, and the indicator
 * and financing columns the plan has; the financing totals of each goal and of the plan where amounts exist.
 * The reports column is the one a sheet may spread over several rows.
 */
export function measureBlocks(section: MeasuresSection, { locale }: WordingContext): ReportBlock[] {
  const columns = COLUMNS.filter((column) => column.shown?.(section.columns) ?? true);
  const widths = fitWidths(columns);
  const rows: ReportRow[] = [];
  let part: string | null = null;
  for (const group of section.groups) {
    if (group.part !== null && group.part !== part)
      rows.push({ kind: "heading", level: 1, text: group.part });
    part = group.part;
    if (group.goal !== null) rows.push({ kind: "heading", level: 2, text: group.goal });
    for (const entry of group.measures)
      rows.push({ kind: "cells", cells: columns.map((column) => column.cell(entry, locale)) });
    if (section.groups.length > 1 && hasAmounts(group.financing))
      rows.push(totalRow(columns, t(locale, "report.total.goal"), group.financing!, locale));
  }
  if (hasAmounts(section.financing))
    rows.push(totalRow(columns, t(locale, "report.total.plan"), section.financing!, locale));
  return [
    { kind: "heading", level: 1, text: t(locale, "report.measures.heading"), pageBreakBefore: true },
    {
      kind: "table",
      table: {
        columns: columns.map((column, i) =>
          labelledColumn(t(locale, column.key), widths[i] ?? column.width, column.align),
        ),
        rows,
        flow: columns.findIndex((column) => column.key === "report.column.reports"),
      },
    },
  ];
}

/** The text columns grow until the table fills the page's width (narrow tables only). */
function fitWidths(columns: readonly Column[]): number[] {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const growing = columns.reduce((n, c) => n + (c.grows ? c.width : 0), 0);
  const factor = total >= PAGE_CHARACTERS || growing === 0 ? 1 : 1 + (PAGE_CHARACTERS - total) / growing;
  return columns.map((c) => (c.grows ? Math.floor(c.width * factor) : c.width));
}

function hasAmounts(total: FinancingTotal | null): boolean {
  return total !== null && (total.planned !== null || total.spent !== null);
}

function totalRow(
  columns: readonly Column[],
  label: string,
  total: FinancingTotal,
  locale: Locale,
): ReportRow {
  const labelAt = columns.findIndex((column) => column.key === "report.column.measure");
  return {
    kind: "cells",
    total: true,
    cells: columns.map((column, i) =>
      column.total !== undefined ? column.total(total, locale) : i === labelAt ? textCell(label) : textCell(),
    ),
  };
}

function statusCell(entry: MeasureEntry, locale: Locale): ReportCell {
  return {
    ...textCell(statusLabel(entry.status, locale), entry.overdue ? t(locale, "report.overdue") : null),
    status: entry.counted,
    ...(entry.overdue ? { alert: true } : {}),
  };
}

/** Each distinct text once, led by its executors' names; reasons after it; then who did not report. */
function reportsCell(entry: MeasureEntry, locale: Locale): ReportCell {
  const paragraphs: Paragraph[] = [];
  for (const text of entry.texts) {
    const lead = text.executors.join("; ");
    const own = text.text !== "" ? text.text : text.reasons === "" ? statusLabel(text.status, locale) : "";
    if (own !== "") paragraphs.push({ lead, text: own });
    if (text.reasons !== "")
      paragraphs.push({
        ...(own === "" ? { lead } : {}),
        text: t(locale, "report.reasons", { reasons: text.reasons }),
      });
  }
  if (entry.texts.length === 0) paragraphs.push({ text: t(locale, "report.noReport") });
  if (entry.missing.length > 0)
    paragraphs.push({ text: t(locale, "report.missing", { names: entry.missing.join("; ") }) });
  return { paragraphs };
}

function achievedCell(entry: MeasureEntry, locale: Locale): ReportCell {
  const value = (v: AchievedValue): string =>
    [v.value === null ? v.raw : formatAmount(v.value, locale), ...v.parts.map((p) => part(p, locale))]
      .filter((text) => text !== "")
      .join("; ");
  if (entry.achieved.length === 1) {
    const only = entry.achieved[0]!;
    return {
      ...textCell(value(only)),
      ...(only.parts.length === 0 && only.value !== null ? { number: only.value } : {}),
    };
  }
  return { paragraphs: entry.achieved.map((v) => ({ lead: v.executor, text: value(v) })) };
}

function part(value: number | string, locale: Locale): string {
  return typeof value === "number" ? formatAmount(value, locale) : value;
}

function plannedCell(entry: MeasureEntry, locale: Locale): ReportCell {
  const f = entry.financing;
  if (f === null) return textCell();
  const amount = f.planned === null ? f.plannedText : formatAmount(f.planned, locale);
  const lines = [...new Set([amount, f.source].filter((line) => line !== ""))];
  return {
    ...textCell(...lines),
    ...(f.planned !== null && lines.length === 1 ? { number: f.planned } : {}),
  };
}

function spentCell(entry: MeasureEntry, locale: Locale): ReportCell {
  const f = entry.financing;
  if (f === null) return textCell();
  const lines = [f.spent === null ? "" : formatAmount(f.spent, locale), ...f.spentText];
  return {
    ...textCell(...lines),
    ...(f.spent !== null && f.spentText.length === 0 ? { number: f.spent } : {}),
  };
}

function amountCell(value: number | null, locale: Locale): ReportCell {
  return value === null ? textCell() : { ...textCell(formatAmount(value, locale)), number: value };
}
