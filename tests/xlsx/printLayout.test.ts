import { strFromU8, unzipSync } from "fflate";
import { columnPoints, MIN_PRINT_SCALE, printableWidth, printLayout } from "../../src/xlsx/printLayout";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";

const widths = (chars: number, count: number) => Array.from({ length: count }, () => chars);
const rows = [["a"]];

describe("printLayout: orientation and scale by the printed columns' width", () => {
  it("portrait while the columns fit a portrait page, landscape beyond", () => {
    const narrow = widths(20, 4);
    expect(narrow.reduce((sum, w) => sum + columnPoints(w), 0)).toBeLessThan(printableWidth(false));
    expect(printLayout({ rows, columnWidths: narrow })).toEqual({ landscape: false, fitToWidth: true });
    expect(printLayout({ rows, columnWidths: widths(20, 6) })).toEqual({ landscape: true, fitToWidth: true });
  });

  it("fits to one page width only while the type stays readable, else a fixed scale with title columns", () => {
    const fits = Math.floor(printableWidth(true) / MIN_PRINT_SCALE / columnPoints(10));
    expect(printLayout({ rows, columnWidths: widths(10, fits) }).fitToWidth).toBe(true);
    const wide = printLayout(
      { rows, columnWidths: widths(10, fits + 2) },
      { titleColumns: { first: 0, last: 1 }, titleRows: { first: 0, last: 0 } },
    );
    expect(wide).toEqual({
      landscape: true,
      scale: 70,
      titleColumns: { first: 0, last: 1 },
      titleRows: { first: 0, last: 0 },
    });
  });

  it("counts only the columns that print: not hidden ones, not those outside the print area", () => {
    const columnWidths = [200, 20, 20];
    expect(printLayout({ rows, columnWidths, hiddenColumns: [0] }).landscape).toBe(false);
    expect(printLayout({ rows, columnWidths, hiddenColumns: [] }).landscape).toBe(true);
    expect(printLayout({ rows, columnWidths }, { columns: { first: 1, last: 2 } })).toEqual({
      landscape: false,
      fitToWidth: true,
      columns: { first: 1, last: 2 },
    });
  });
});

describe("writeWorkbook writes what a sheet's print spec says", () => {
  const book = writeWorkbook({
    sheets: [
      { name: "Plain", rows: [["x"]] },
      {
        name: "План заходів",
        rows: [
          ["id", "№", "Захід"],
          ["m1", "1", "Навчання"],
        ],
        columnWidths: [0, 8, 60],
        hiddenColumns: [0],
        print: {
          landscape: true,
          scale: 70,
          titleRows: { first: 0, last: 0 },
          titleColumns: { first: 1, last: 1 },
          columns: { first: 1, last: 2 },
        },
      },
    ],
  });
  const parts = unzipSync(book);
  const text = (path: string) => strFromU8(parts[path]!);

  it("every sheet on A4, even without a print spec", () => {
    expect(text("xl/worksheets/sheet1.xml")).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    expect(text("xl/worksheets/sheet2.xml")).toContain(
      '<pageSetup paperSize="9" scale="70" orientation="landscape"/>',
    );
  });

  it("the id column hidden, the header rows and title columns repeated, the print area without the ids", () => {
    expect(text("xl/worksheets/sheet2.xml")).toContain(
      '<col min="1" max="1" width="0" customWidth="1" hidden="1"/>',
    );
    const workbook = text("xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'План заходів'!$B:$B,'План заходів'!$1:$1</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'План заходів'!$B$1:$C$2</definedName>`,
    );
  });

  it("refuses a print spec outside the sheet", () => {
    expect(() =>
      writeWorkbook({ sheets: [{ name: "S", rows: [["x"]], print: { titleRows: { first: 2, last: 1 } } }] }),
    ).toThrow(/bad print title rows/);
  });
});
