import type { CellValue } from "../../../../src/engine/grid/CellValue";
import { prepareReturn, type ReturnFile } from "../../../../src/engine/consolidate";
import type { ReturnRow } from "../../../../src/engine/consolidate/returns/ReturnRow";

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
