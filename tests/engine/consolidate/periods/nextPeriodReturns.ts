import type { CellValue } from "../../../../src/engine/grid/CellValue";
import { prepareReturn, type ReturnFile } from "../../../../src/engine/consolidate";
import type { ReturnRow } from "../../../../src/engine/consolidate/returns/ReturnRow";
import type { SubmissionSet } from "../submissionFixtures";

/** What to write into one report row of a return for the next period (undefined fields stay as they were). */
export type RowChange = { readonly status?: CellValue; readonly value?: CellValue };

/**
 * A return of the next period made from a fixture return: the same workbook with, in each report row that
 * `change` answers for, the status and value cells rewritten (found where the engine reads them). The file
 * is renamed ("…_2024" → "…_2025") as an executor's next return would be.
 */
export function nextPeriodReturn(
  file: ReturnFile,
  change: (row: ReturnRow) => RowChange | undefined,
  rename: (name: string) => string,
): ReturnFile {
  const cells = file.workbook.sheets.map((sheet) => sheet.cells.map((row) => [...row]));
  const { rows } = prepareReturn(file);
  // A blank cell is not read: its column is the one the other rows of the sheet have for that field.
  const columns = new Map<string, number>();
  for (const row of rows)
    for (const field of ["status", "currentValue"] as const) {
      const cell = row.cells[field];
      if (cell !== undefined) columns.set(`${row.sheet}\u0001${field}`, cell.colIndex);
    }
  for (const row of rows) {
    const wanted = change(row);
    if (wanted === undefined) continue;
    const sheet = cells[file.workbook.sheets.findIndex((s) => s.name === row.sheet)];
    if (sheet === undefined) throw new Error(`sheet ${row.sheet} not found`);
    const put = (field: "status" | "currentValue", value: CellValue | undefined): void => {
      if (value === undefined) return;
      const colIndex = row.cells[field]?.colIndex ?? columns.get(`${row.sheet}\u0001${field}`);
      if (colIndex === undefined) throw new Error(`${file.name} has no ${field} column on ${row.sheet}`);
      const target = sheet[row.rowIndex] ?? [];
      while (target.length <= colIndex) target.push(null);
      target[colIndex] = value;
      sheet[row.rowIndex] = target;
    };
    put("status", wanted.status);
    put("currentValue", wanted.value);
  }
  return {
    name: rename(file.name),
    workbook: {
      sheets: file.workbook.sheets.map((sheet, i) => ({ ...sheet, cells: cells[i] ?? [] })),
    },
    ...(file.hiddenSheets === undefined ? {} : { hiddenSheets: file.hiddenSheets }),
  };
}

/** The sheet of plan 003 whose name starts so. */
export function sheetOf(set: SubmissionSet, prefix: string): string {
  const sheet = set.plan.sheets.find((s) => s.name.startsWith(prefix));
  if (sheet === undefined) throw new Error(`no sheet ${prefix}`);
  return sheet.name;
}

/**
 * Plan 003's returns for 2025, generated from the 2024 fixture returns: RUO-Русе is silent (no file), every
 * row of priority 2 is reported done with the value 5000 + its row number, measure 5/3.3 (baseline 0, target
 * 90; 11 in 2024) is in progress at 45, measures 5/3.1 and 5/3.2 (due by 31.12.2025, status blank in 2024)
 * are in progress. Everything else is as in 2024.
 */
export function ruse2025(set: SubmissionSet): ReturnFile[] {
  const p2 = sheetOf(set, "Приоритет 2");
  const p5 = sheetOf(set, "Приоритет 5");
  const change = (row: ReturnRow): RowChange | undefined => {
    if (row.sheet === p2) return { status: "изпълнено", value: 5000 + (row.rowIndex + 1) };
    if (row.sheet === p5 && row.key === "3.3") return { status: "в изпълнение", value: 45 };
    if (row.sheet === p5 && (row.key === "3.1" || row.key === "3.2")) return { status: "в изпълнение" };
    return undefined;
  };
  return set.returns
    .filter((file) => !file.name.startsWith("RUO"))
    .map((file) => nextPeriodReturn(file, change, (name) => name.replace("2024", "2025")));
}
