import {
  collapseSpace,
  type Consolidation,
  type Measure,
  type MeasureResult,
  type Progress,
  type Report,
} from "../engine";
import { type Locale, t, type UiKey } from "../i18n";
import { type CellInput, printLayout, type SheetSpec } from "../xlsx";
import { executorNames, sourceLabel, statusLabel, statusStyle } from "./consolidationLabels";
import { progressColumns } from "./progressColumns";
import { HEADER } from "./printSpans";
import { wholeSheetTable } from "./wholeSheetTable";

type PlanColumn = { key: UiKey; width: number; value: (m: Measure) => string | null };

const TEXT = (text: string | undefined): string | null => {
  const value = (text ?? "").trim();
  return value === "" ? null : value;
};

/** The plan columns that print: which measure, who is responsible, by when. */
const KEY_PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: "consolidate.column.number", width: 8, value: (m) => TEXT(m.number ?? undefined) ?? m.key },
  { key: "consolidate.column.measure", width: 56, value: (m) => TEXT(m.text) },
  { key: "consolidate.column.responsible", width: 28, value: (m) => TEXT(m.fields.responsible?.text) },
  { key: "consolidate.column.deadline", width: 14, value: (m) => TEXT(m.fields.deadline?.text) },
];

/** The plan's context, on screen after the statuses. */
const OTHER_PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: "consolidate.column.sheet", width: 18, value: (m) => m.sheet },
  { key: "consolidate.column.goal", width: 30, value: (m) => TEXT(collapseSpace(m.goal?.text ?? "")) },
  { key: "consolidate.column.task", width: 30, value: (m) => TEXT(m.task?.text) },
  { key: "consolidate.column.indicator", width: 32, value: (m) => TEXT(m.fields.indicator?.text) },
  { key: "consolidate.column.target", width: 14, value: (m) => TEXT(m.fields.targetValue?.text) },
];

const STATUS_COLUMNS = ["aggregate", "missing", "unexpected", "conflict"] as const;
const STATUS_WIDTHS = [16, 24, 24, 14];

const SLOT = ["executorN", "statusN", "valueN", "reportN", "sourceN"] as const;
const SLOT_WIDTHS = [24, 14, 12, 50, 30];

/**
 * One row per plan measure: its key plan columns (number, text, responsible, deadline — only those the plan
 * has), the aggregate status, who has not reported and who reported without being named, a conflict mark, the
 * rest of the plan's columns, and then per report its executor, status, value, text and source. An Excel
 * table over it gives filters on every column. Given the progress across periods, the statuses are followed
 * by the progress columns (overdue, status and value per period, change, achievement; see progressColumns).
 * It prints the columns up to the conflict mark (and overdue), one page wide, the header on every page: what
 * a meeting needs on paper; the reports' own columns stay on screen.
 */
export function consolidatedSheet(
  result: Consolidation,
  locale: Locale,
  progress: Progress | null = null,
): SheetSpec {
  const name = executorNames(result);
  const names = (ids: readonly string[]): string | null =>
    ids.length === 0 ? null : ids.map(name).join("; ");
  const present = (columns: readonly PlanColumn[]) =>
    columns.filter((column) => result.measures.some((m) => column.value(m.measure) !== null));
  const keyColumns = present(KEY_PLAN_COLUMNS);
  const otherColumns = present(OTHER_PLAN_COLUMNS);
  const slots = Math.max(1, ...result.measures.map((m) => m.reports.length));
  const across = progress === null ? null : progressColumns(progress, locale);
  const header: string[] = [
    ...keyColumns.map((column) => t(locale, column.key)),
    ...STATUS_COLUMNS.map((key) => t(locale, `consolidate.column.${key}`)),
    ...(across?.header ?? []),
    ...otherColumns.map((column) => t(locale, column.key)),
  ];
  for (let n = 1; n <= slots; n++)
    for (const key of SLOT) header.push(t(locale, `consolidate.column.${key}`, { n }));
  const rows: CellInput[][] = [header.map((value) => ({ value, style: "header" }))];
  result.measures.forEach((m, i) => {
    const moved = progress?.measures[i];
    rows.push([
      ...keyColumns.map((column) => ({ value: column.value(m.measure), style: "wrap" as const })),
      statusCell(m, locale),
      { value: names(m.missing), style: "wrap" },
      { value: names(m.unexpected), style: "wrap" },
      m.conflict ? { value: t(locale, "consolidate.yes"), style: "error" } : null,
      ...(across === null || moved === undefined ? [] : across.cells(moved)),
      ...otherColumns.map((column) => ({ value: column.value(m.measure), style: "wrap" as const })),
      ...m.reports.flatMap((report) => reportCells(report, name(report.executor), locale)),
    ]);
  });
  const lastColumn = header.length - 1;
  const columnWidths = [
    ...keyColumns.map((column) => column.width),
    ...STATUS_WIDTHS,
    ...(across?.widths ?? []),
    ...otherColumns.map((column) => column.width),
    ...Array.from({ length: slots }, () => SLOT_WIDTHS).flat(),
  ];
  // Printed: the key columns, the statuses and (across periods) whether the measure is overdue.
  const overdue = across === null ? 0 : 1;
  const printed = { first: 0, last: keyColumns.length + STATUS_COLUMNS.length + overdue - 1 };
  return {
    name: t(locale, "consolidate.sheet.consolidated"),
    rows,
    print: printLayout({ rows, columnWidths }, { titleRows: HEADER, columns: printed }),
    columnWidths,
    freeze: { rows: 1, columns: 0 },
    tables: wholeSheetTable("Consolidated", rows.length, lastColumn + 1),
  };
}

function statusCell(m: MeasureResult, locale: Locale): CellInput {
  const style = statusStyle(m.status);
  return style === null ? statusLabel(m.status, locale) : { value: statusLabel(m.status, locale), style };
}

function reportCells(report: Report, executor: string, locale: Locale): CellInput[] {
  const style = statusStyle(report.status);
  const status = report.statusRaw === "" ? statusLabel(null, locale) : report.statusRaw;
  const value = report.value ?? (report.valueRaw === null ? null : String(report.valueRaw));
  return [
    executor,
    style === null ? status : { value: status, style },
    value,
    { value: report.text === "" ? null : report.text, style: "wrap" },
    sourceLabel(report),
  ];
}
