import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { canAnnotate } from "../../src/xlsx/annotate/canAnnotate";

const PLAN = join(__dirname, "..", "fixtures", "plans", "001_hlukhiv_roma_plan_2024-2025.xlsx");

function written(bookType: XLSX.BookType): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ["№", "Захід"],
      ["1.", "Навчання"],
    ]),
    "План",
  );
  const out = XLSX.write(book, { type: "array", bookType }) as ArrayBuffer | string;
  return typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out);
}

describe("canAnnotate", () => {
  it.each([
    { what: "a real plan (.xlsx)", bytes: () => new Uint8Array(readFileSync(PLAN)), can: true },
    { what: "a written .xlsx", bytes: () => written("xlsx"), can: true },
    { what: "a written .xlsm", bytes: () => written("xlsm"), can: true },
    { what: "an OpenDocument spreadsheet (a ZIP too)", bytes: () => written("ods"), can: false },
    { what: "a binary .xlsb (a ZIP too)", bytes: () => written("xlsb"), can: false },
    { what: "a legacy .xls", bytes: () => written("biff8"), can: false },
    { what: "a CSV", bytes: () => written("csv"), can: false },
    {
      what: "a truncated .xlsx",
      bytes: () => new Uint8Array(readFileSync(PLAN)).subarray(0, 4000),
      can: false,
    },
  ])("$what: $can", ({ bytes, can }) => {
    expect(canAnnotate(bytes())).toBe(can);
  });
});
