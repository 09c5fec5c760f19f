import { utils, write, type WorkSheet } from "@e965/xlsx";
import type { CellValue } from "../../src/engine";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";

export type SheetOut = {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly {
    rowIndex: number;
    colIndex: number;
    lastRowIndex: number;
    lastColIndex: number;
  }[];
};

export type Format = "xlsx" | "xls" | "ods";

/** A workbook in the given format: .xlsx by our writer (text stays text), .xls and .ods by SheetJS. */
export function saveWorkbook(sheets: readonly SheetOut[], format: Format): Uint8Array {
  if (format === "xlsx")
    return writeWorkbook({ sheets: sheets.map((s) => ({ name: s.name, rows: s.cells, merges: s.merges })) });
  const book = utils.book_new();
  for (const sheet of sheets) {
    const ws: WorkSheet = utils.aoa_to_sheet(
      sheet.cells.map((row) => row.map((v) => (v === null ? undefined : v))),
      { cellDates: true },
    );
    ws["!merges"] = sheet.merges.map((m) => ({
      s: { r: m.rowIndex, c: m.colIndex },
      e: { r: m.lastRowIndex, c: m.lastColIndex },
    }));
    utils.book_append_sheet(book, ws, sheet.name);
  }
  return new Uint8Array(
    write(book, {
      bookType: format === "xls" ? "biff8" : "ods",
      type: "array",
      cellDates: true,
      // Shared strings: without them SheetJS writes .xls text as LABEL records, cut at 255 characters.
      bookSST: true,
    }) as ArrayBuffer,
  );
}
