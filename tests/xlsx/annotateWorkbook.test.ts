import { strFromU8 } from "fflate";
import { cellAddress } from "../../src/engine/grid/address";
import type { CellValue } from "../../src/engine/grid/CellValue";
import type { WorkbookGrid } from "../../src/engine/grid/SheetGrid";
import type { CellMark } from "../../src/engine";
import { annotateWorkbook, type WorkbookAnnotations } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { planFixtures, readBytes, submissionFixtures } from "./helpers/fixtures";
import { entryText, unzipEntries } from "./helpers/packageParts";
import { cellStyle, expectPackageWellFormed, expectSortedSheetData } from "./helpers/xmlChecks";

const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid","x")',
  "+2 центри",
  "-перевірити",
  "@командa",
  "=1+1",
];

/** Cells without trailing blanks, so that styled empty cells we create compare equal to absent ones. */
function trimmed(grid: WorkbookGrid, sheets: number): CellValue[][][] {
  return grid.sheets.slice(0, sheets).map((sheet) => {
    const rows = sheet.cells.map((row) => {
      const copy = [...row];
      while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
      return copy;
    });
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
    return rows;
  });
}

/** Marks of every kind on a real plan: filled cells, twice-marked cells, absent cells and rows, merged cells. */
function marksFor(grid: WorkbookGrid): CellMark[] {
  const marks: CellMark[] = [];
  for (const sheet of grid.sheets) {
    const width = Math.max(...sheet.cells.map((row) => row.length));
    const dataRow = sheet.cells.findIndex((row, r) => r > 4 && row.filter((v) => v !== null).length >= 3);
    const merge = (sheet.merges ?? []).find((m) => m.lastRowIndex > m.rowIndex);
    const mark = (rowIndex: number, colIndex: number, severity: CellMark["severity"], note: string): void => {
      marks.push({ sheet: sheet.name, rowIndex, colIndex, severity, note });
    };
    mark(dataRow, 2, "warning", "Перевірте строк виконання");
    mark(dataRow, 2, "error", "Не вказано відповідальних\nдругий рядок");
    mark(dataRow, 1, "info", "");
    mark(dataRow, width + 1, "info", "Клітинка поза таблицею");
    mark(1, 3, "info", "Рядок 2");
    mark(sheet.cells.length + 2, 0, "error", "Нижче таблиці <b>&amp;</b>");
    if (merge) mark(merge.rowIndex + 1, merge.colIndex, "warning", "Об'єднана клітинка");
  }
  return marks;
}

/** The address Excel shows a cell under: the top-left cell of its merged range, if any. */
function topLeft(grid: WorkbookGrid, rowIndex: number, colIndex: number): string {
  const merge = grid.sheets[0]?.merges?.find(
    (m) =>
      rowIndex >= m.rowIndex &&
      rowIndex <= m.lastRowIndex &&
      colIndex >= m.colIndex &&
      colIndex <= m.lastColIndex,
  );
  return cellAddress(merge?.rowIndex ?? rowIndex, merge?.colIndex ?? colIndex);
}

function annotationsFor(grid: WorkbookGrid): WorkbookAnnotations {
  const marks = marksFor(grid);
  const rows = marks.map((mark, i) => ({
    cells: [
      mark.severity,
      mark.sheet,
      `R${mark.rowIndex + 1}C${mark.colIndex + 1}`,
      FORMULA_LIKE[i % FORMULA_LIKE.length] ?? "",
      i,
    ],
    link: { sheet: mark.sheet, rowIndex: mark.rowIndex, colIndex: mark.colIndex, column: 2 },
  }));
  const columns = ["Рівень", "Аркуш", "Клітинка", "Опис", "№"];
  return { marks, author: "PlanCheck", issuesSheet: { name: grid.sheets[0]?.name ?? "x", columns, rows } };
}

describe.each(planFixtures())("annotateWorkbook on $name", ({ path }) => {
  const original = readBytes(path);
  const before = original.slice();
  const grid = readWorkbook(original);
  const annotations = annotationsFor(grid);
  const annotated = annotateWorkbook(original, annotations);
  const back = readWorkbook(annotated);

  it("leaves the input bytes alone", () => {
    expect(original).toEqual(before);
  });

  it("keeps every original value and merge, and appends the issues sheet last", () => {
    const n = grid.sheets.length;
    expect(trimmed(back, n)).toEqual(trimmed(grid, n));
    expect(back.sheets.slice(0, n).map((s) => s.merges)).toEqual(grid.sheets.map((s) => s.merges));
    expect(back.sheets.map((s) => s.name)).toEqual([
      ...grid.sheets.map((s) => s.name),
      `${grid.sheets[0]?.name} (2)`,
    ]);
  });

  it("writes issue texts as strings, never formulas", () => {
    const issues = back.sheets[back.sheets.length - 1];
    expect(issues?.cells[0]).toEqual(["Рівень", "Аркуш", "Клітинка", "Опис", "№"]);
    expect(issues?.cells.slice(1).map((row) => row[3])).toEqual(
      annotations.issuesSheet?.rows.map((r) => r.cells[3]),
    );
    expect(issues?.cells[1]?.[4]).toBe(0);
    const formulas = (bytes: Uint8Array | undefined): number =>
      bytes ? (strFromU8(bytes).match(/<(\w+:)?f[\s>/]/g)?.length ?? 0) : 0;
    const input = unzipEntries(original);
    for (const [name, data] of Object.entries(unzipEntries(annotated)))
      expect([name, formulas(data)]).toEqual([name, formulas(input[name])]);
  });

  it("changes only the parts it has to; everything else is byte-identical", () => {
    const input = unzipEntries(original);
    const output = unzipEntries(annotated);
    const marked = new Set(annotations.marks.map((m) => m.sheet));
    const sheetPaths = grid.sheets.map((s, i) =>
      marked.has(s.name) ? `xl/worksheets/sheet${i + 1}.xml` : "",
    );
    const allowed = new Set([
      "[Content_Types].xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      ...sheetPaths,
    ]);
    for (const [name, data] of Object.entries(input)) {
      expect(output[name]).toBeDefined();
      if (!allowed.has(name))
        expect({ name, same: Buffer.compare(output[name] ?? new Uint8Array(), data) === 0 }).toEqual({
          name,
          same: true,
        });
    }
  });

  it("fills marked cells by their highest severity and keeps the rest of their style", () => {
    const styles = entryText(annotated, "xl/styles.xml");
    const originalStyles = entryText(original, "xl/styles.xml");
    const sheetXml = entryText(annotated, "xl/worksheets/sheet1.xml");
    const originalSheet = entryText(original, "xl/worksheets/sheet1.xml");
    const mark = annotations.marks[0];
    const ref = `C${(mark?.rowIndex ?? 0) + 1}`;
    expect(cellStyle(sheetXml, styles, ref).fillRgb).toBe("FFC7CE");
    expect(cellStyle(sheetXml, styles, ref).xfWithoutFill).toBe(
      cellStyle(originalSheet, originalStyles, ref).xfWithoutFill,
    );
    expect(cellStyle(sheetXml, styles, topLeft(grid, mark?.rowIndex ?? 0, 1)).fillRgb).toBe("DDEBF7");
    expect(cellStyle(sheetXml, styles, topLeft(grid, 1, 3)).fillRgb).toBe("DDEBF7");
    expectSortedSheetData(sheetXml);
    expectPackageWellFormed(annotated);
  });

  it("puts one note per marked cell, joining several marks, the most severe first", () => {
    const comments = entryText(annotated, "xl/comments1.xml");
    const mark = annotations.marks[0];
    const ref = `C${(mark?.rowIndex ?? 0) + 1}`;
    const comment = new RegExp(`<comment ref="${ref}"[\\s\\S]*?</comment>`).exec(comments)?.[0] ?? "";
    // The error (given second) comes first: its colour is the cell's fill.
    expect(comment).toContain("Не вказано відповідальних\nдругий рядок\nПеревірте строк виконання");
    expect(comments).toContain("Нижче таблиці &lt;b&gt;&amp;amp;&lt;/b&gt;");
    const count = comments.split("<comment ").length - 1;
    const vml = entryText(annotated, "xl/drawings/vmlDrawing1.vml");
    expect(vml.split("<v:shape ").length - 1).toBe(count);
    expect(entryText(annotated, "xl/worksheets/sheet1.xml").split("<legacyDrawing ").length).toBe(2);
  });
});

describe.each(submissionFixtures())("annotateWorkbook on submission $name", ({ path }) => {
  it("keeps every value (formula-like texts stay text) and merge", () => {
    const original = readBytes(path);
    const grid = readWorkbook(original);
    const sheet = grid.sheets[0]?.name ?? "";
    const marks: CellMark[] = [
      { sheet, rowIndex: 3, colIndex: 1, severity: "warning", note: "=SUM(A1)" },
      { sheet, rowIndex: 400, colIndex: 30, severity: "info", note: "далеко" },
    ];
    const back = readWorkbook(annotateWorkbook(original, { marks, author: "PlanCheck", issuesSheet: null }));
    expect(trimmed(back, grid.sheets.length)).toEqual(trimmed(grid, grid.sheets.length));
    expect(back.sheets.map((s) => s.merges)).toEqual(grid.sheets.map((s) => s.merges));
  });
});
