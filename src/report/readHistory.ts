import {
  type AggregateStatus,
  cellText,
  type CellValue,
  comparePeriods,
  type ExecutorRecord,
  type History,
  type MeasureRecord,
  type PeriodRecord,
  REPORT_STATUSES,
  type WorkbookGrid,
} from "../engine";
import { HISTORY_COLUMNS, HISTORY_MARKER, type HistoryColumn } from "./historySheet";

const STATUSES = new Set<string>([...REPORT_STATUSES, "not_reported"]);

/**
 * The history a consolidated workbook keeps (see historySheet), from whichever sheet starts with the marker;
 * null when the workbook has none (a first consolidation, or a workbook of an earlier version). Rows it
 * cannot read (edited by hand) are skipped; a measure or executor row of a period without its period row is
 * dropped with it.
 */
export function readHistory(workbook: WorkbookGrid): History | null {
  const sheet = workbook.sheets.find((s) => cellText(s.cells[0]?.[0] ?? null).trim() === HISTORY_MARKER);
  if (sheet === undefined) return null;
  const header = (sheet.cells[1] ?? []).map((value) => cellText(value).trim());
  const at = new Map(HISTORY_COLUMNS.map((column) => [column, header.indexOf(column)]));
  const read = (row: readonly CellValue[], column: HistoryColumn): CellValue => {
    const index = at.get(column) ?? -1;
    return index < 0 ? null : (row[index] ?? null);
  };
  const text = (row: readonly CellValue[], column: HistoryColumn): string =>
    cellText(read(row, column)).trim();
  const periods = new Map<
    string,
    {
      record: Omit<PeriodRecord, "measures" | "executors">;
      measures: MeasureRecord[];
      executors: ExecutorRecord[];
    }
  >();
  const rows = sheet.cells.slice(2);
  for (const row of rows) {
    if (text(row, "record") !== "period") continue;
    const label = text(row, "period");
    const start = isoDay(read(row, "start"));
    const end = isoDay(read(row, "end"));
    if (label === "" || start === null || end === null || start > end) continue;
    const year = Number(start.slice(0, 4));
    const whole = start === `${year}-01-01` && end === `${year}-12-31`;
    periods.set(label, {
      record: { period: { label, start, end, year: whole ? year : null }, planHash: text(row, "planHash") },
      measures: [],
      executors: [],
    });
  }
  for (const row of rows) {
    const entry = periods.get(text(row, "period"));
    if (entry === undefined) continue;
    const kind = text(row, "record");
    if (kind === "measure") {
      const status = text(row, "status");
      if (status !== "" && !STATUSES.has(status)) continue;
      const key = text(row, "key");
      entry.measures.push({
        sheet: text(row, "sheet"),
        key: key === "" ? null : key,
        text: text(row, "text"),
        status: (status === "" ? null : status) as AggregateStatus,
        value: numberOf(read(row, "value")),
      });
    } else if (kind === "executor") {
      const id = text(row, "executor");
      if (id === "") continue;
      entry.executors.push({
        id,
        name: text(row, "name"),
        expected: numberOf(read(row, "expected")) ?? 0,
        reported: numberOf(read(row, "reported")) ?? 0,
      });
    }
  }
  const records: PeriodRecord[] = [...periods.values()].map((entry) => ({
    ...entry.record,
    measures: entry.measures,
    executors: entry.executors,
  }));
  return { periods: records.sort((a, b) => comparePeriods(a.period, b.period)) };
}

function numberOf(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** `YYYY-MM-DD` from a text cell, or from a date cell (a spreadsheet may have turned the text into a date). */
function isoDay(value: CellValue): string | null {
  const day = value instanceof Date ? cellText(value) : cellText(value).trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
