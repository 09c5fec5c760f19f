import * as XLSX from "@e965/xlsx";
import { readNamedWorkbookAsync } from "../../src/xlsx/readNamedWorkbookAsync";

type Read = { sheet: number; sheets: number; rows: number };

/** Three sheets of 3,000, 10 and 2,500 rows. */
function workbook(bookType: XLSX.BookType): Uint8Array {
  const book = XLSX.utils.book_new();
  [3000, 10, 2500].forEach((rows, i) => {
    const data = Array.from({ length: rows }, (_, r) => [`${r + 1}.`, `Захід ${r + 1}`, "2025"]);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), `Аркуш ${i + 1}`);
  });
  return new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
}

describe.each([
  ["xlsx", "the fast reader", true],
  ["ods", "SheetJS", false],
] as const)("reading progress of a .%s workbook (%s)", (bookType, _reader, withinSheets) => {
  it("tells each sheet in turn and the rows read so far", async () => {
    const progress: Read[] = [];
    const { grid } = await readNamedWorkbookAsync(workbook(bookType), `plan.${bookType}`, (read) =>
      progress.push(read),
    );
    expect(progress.every((read) => read.sheets === 3)).toBe(true);
    const sheets = progress.map((read) => read.sheet);
    expect(sheets).toEqual([...sheets].sort((a, b) => a - b));
    expect(new Set(sheets)).toEqual(new Set([1, 2, 3]));
    const rows = progress.map((read) => read.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.at(-1)).toBe(grid.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0));
    // the third sheet starts after the first two sheets' rows
    expect(progress.find((read) => read.sheet === 3)?.rows).toBe(3010);
    // the fast reader also tells how far it is inside a long sheet
    const insideFirst = progress.filter((read) => read.sheet === 1 && read.rows > 0 && read.rows < 3000);
    expect(insideFirst.length > 0).toBe(withinSheets);
  });
});
