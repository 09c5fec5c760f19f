import { read, SSF, type CellObject } from "@e965/xlsx";
import { cellAddress } from "../../../src/engine";
import { FakeWorkbook, type FakeCell } from "./FakeWorkbook";
import { currentProfile, type Profile } from "./profiles";

/**
 * A fake workbook holding what Excel holds once it has opened the file: each cell's stored value — numbers
 * as the serials they are, never turned into dates —, its number format code, the merged ranges and the date
 * system. Read with SheetJS without its date conversion (`cellDates: false`, `cellNF: true`), so that the
 * Excel host has to recognise dates from the formats and convert the serials itself.
 */
export function fakeFromFile(bytes: Uint8Array, profile: Profile = currentProfile()): FakeWorkbook {
  const file = read(bytes, { type: "array", dense: true, cellDates: false, cellNF: true, cellStyles: false });
  const book = new FakeWorkbook(profile);
  book.date1904 = file.Workbook?.WBProps?.date1904 === true;
  for (const name of file.SheetNames) {
    const source = file.Sheets[name];
    const sheet = book.addSheet(name);
    (source?.["!data"] ?? []).forEach((row, r) =>
      row?.forEach((cell, c) => {
        const stored = storedCell(cell, `${name}!${cellAddress(r, c)}`);
        if (stored !== null) Object.assign(sheet.edit(r, c), stored);
      }),
    );
    sheet.merges = (source?.["!merges"] ?? []).map(({ s, e }) => ({
      rowIndex: s.r,
      colIndex: s.c,
      lastRowIndex: e.r,
      lastColIndex: e.c,
    }));
  }
  return book;
}

/** A cell as Excel's `Range.values` and `Range.numberFormat` have it; null for no value. */
function storedCell(
  cell: CellObject | undefined,
  where: string,
): Pick<FakeCell, "value" | "numberFormat"> | null {
  if (cell === undefined) return null;
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? { value: cell.v, numberFormat: "General" } : null;
    case "n":
      return { value: cell.v as number, numberFormat: formatCode(cell.z) };
    case "b":
      return { value: cell.v === true, numberFormat: "General" };
    case "e":
      // Excel reports a formula error as its text ("#N/A", "#REF!").
      return { value: cell.w ?? "#N/A", numberFormat: "General" };
    case "z":
      return null; // a stub SheetJS adds for a note or a hyperlink: no value
    default:
      throw new Error(`${where}: a cell of type ${cell.t} that the fake cannot hold`);
  }
}

function formatCode(z: CellObject["z"]): string {
  if (typeof z === "number") return String(SSF.get_table()[z] ?? "General");
  return z ?? "General";
}
