import type { AggregateStatus, CellValue, History } from "../engine";
import type { SheetSpec } from "../xlsx";

/**
 * The history of periods in a consolidated workbook: one hidden sheet, the same in the CLI's consolidated.xlsx
 * and in the sheets the pane writes into Excel, read back by {@link readHistory}. Its first cell is a marker
 * (the sheet is found by it, whatever it is called), then a header and one row per record: a period, a
 * measure's status and value in a period, an executor's counts in a period. Language-independent: statuses
 * are codes, numbers are numbers.
 */
export const HISTORY_SHEET = "PlanCheck history";
export const HISTORY_MARKER = "plancheck-history";
export const HISTORY_VERSION = 1;

export const HISTORY_COLUMNS = [
  "record",
  "period",
  "start",
  "end",
  "planHash",
  "sheet",
  "key",
  "text",
  "status",
  "value",
  "executor",
  "name",
  "expected",
  "reported",
] as const;

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** An aggregate status as written in the history ("" for a measure whose reports carry no status). */
export function statusCode(status: AggregateStatus): string {
  return status ?? "";
}

export function historySheet(history: History): SheetSpec {
  const rows: CellValue[][] = [[HISTORY_MARKER, HISTORY_VERSION], [...HISTORY_COLUMNS]];
  const row = (values: Partial<Record<HistoryColumn, CellValue>>): CellValue[] =>
    HISTORY_COLUMNS.map((column) => values[column] ?? null);
  for (const record of history.periods) {
    const { label, start, end } = record.period;
    rows.push(row({ record: "period", period: label, start, end, planHash: record.planHash }));
    for (const m of record.measures)
      rows.push(
        row({
          record: "measure",
          period: label,
          sheet: m.sheet,
          key: m.key,
          text: m.text,
          status: statusCode(m.status),
          value: m.value,
        }),
      );
    for (const e of record.executors)
      rows.push(
        row({
          record: "executor",
          period: label,
          executor: e.id,
          name: e.name,
          expected: e.expected,
          reported: e.reported,
        }),
      );
  }
  return {
    name: HISTORY_SHEET,
    rows,
    visibility: "hidden",
    columnWidths: HISTORY_COLUMNS.map((c) => (c === "text" || c === "name" ? 40 : 12)),
  };
}
