import type { CellRange, CellValue, SheetGrid } from "../../../src/engine";
import type { ColumnRole } from "../wordings/headerLabels";
import type { ReportRole } from "../wordings/reportWords";

/** A sheet of a return, as mutable cells and merges. */
export type ReturnSheet = { name: string; cells: CellValue[][]; merges: CellRange[] };

export type ReturnRole = ColumnRole | ReportRole;

export const copySheet = (sheet: SheetGrid): ReturnSheet => ({
  name: sheet.name,
  cells: sheet.cells.map((row) => [...row]),
  merges: [...(sheet.merges ?? [])],
});

// The fixture returns' own header labels (tests/fixtures/README.md), so the generator knows what each column is.
const FIXTURE_LABELS: [string, ReturnRole][] = [
  ["№ з/п", "number"],
  ["Найменування завдання", "task"],
  ["Найменування заходу", "measure"],
  ["Відповідальні", "responsible"],
  ["Строк", "deadline"],
  ["Індикатор", "indicator"],
  ["Джерела", "financing"],
  ["Обсяг", "financing_amount"],
  ["Стан виконання", "report_text"],
  ["Статус", "status"],
  ["Фактичне значення", "value"],
  ["Мерки", "measure"],
  ["Срок", "deadline"],
  ["Отговорна", "responsible"],
  ["Източник", "financing"],
  ["Индикатори", "indicator"],
  ["Текуща стойност", "value"],
  ["Целева", "target_value"],
  ["Отчет", "report_text"],
];

export const isHeaderRow = (row: readonly CellValue[]): boolean =>
  row.some((v) => typeof v === "string" && ["Найменування заходу", "Мерки"].includes(v.trim()));

/** Column roles from the first header row of a sheet (column A of the Bulgarian header is the number). */
export function columnRoles(sheet: ReturnSheet): Map<number, ReturnRole> {
  const roles = new Map<number, ReturnRole>();
  const header = sheet.cells.find(isHeaderRow);
  header?.forEach((v, c) => {
    const text = typeof v === "string" ? v.trim() : "";
    const role = FIXTURE_LABELS.find(([label]) => text.startsWith(label))?.[1];
    if (role !== undefined) roles.set(c, role);
    else if (c === 0 && text === "") roles.set(c, "number");
  });
  return roles;
}

/** Removes column `c`: cells shift left, merges over it shrink, merges right of it move. */
export function dropColumn(sheet: ReturnSheet, c: number): void {
  for (const row of sheet.cells) if (row.length > c) row.splice(c, 1);
  sheet.merges = sheet.merges.flatMap((m) => {
    if (m.lastColIndex < c) return [m];
    if (m.colIndex > c) return [{ ...m, colIndex: m.colIndex - 1, lastColIndex: m.lastColIndex - 1 }];
    if (m.colIndex === m.lastColIndex) return [];
    return [{ ...m, lastColIndex: m.lastColIndex - 1 }];
  });
}
