import type { CellMark } from "../../src/engine";
import { annotateWorkbook } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { largePlan } from "./helpers/largePlan";

/**
 * A 20,000-measure plan (about 24k rows × 8 columns, 15k merges) written by writeWorkbook: read exactly as
 * SheetJS reads it, and annotated without losing a value. How fast is the bench's job (`npm run bench`), not a
 * test's; the timeout only guards against a runaway.
 */
jest.setTimeout(120_000);

const plan = largePlan(20_000);
const bytes = writeWorkbook(plan.spec);

it("reads a 20,000-measure plan exactly as SheetJS does", () => {
  const { grid } = expectSameAsSheetJs(bytes);
  expect(grid.sheets[0]?.cells.length).toBe(plan.rows);
  expect(grid.sheets[0]?.merges?.length).toBe(plan.merges);
});

it("annotates 2,000 cells of it, keeping every value", () => {
  const marks: CellMark[] = plan.measureRows
    .filter((_, i) => i % 10 === 0)
    .map((rowIndex, i) => ({
      sheet: "План заходів",
      rowIndex,
      colIndex: 3 + (i % 5),
      severity: i % 3 ? "warning" : "error",
      note: `Зауваження ${i}`,
    }));
  const rows = marks.map((m) => ({
    cells: [m.severity, m.note],
    link: { sheet: m.sheet, rowIndex: m.rowIndex, colIndex: m.colIndex, column: 1 },
  }));
  const annotations = {
    marks,
    author: "PlanCheck",
    issuesSheet: { name: "Зауваження", columns: ["Рівень", "Опис"], rows },
  };
  const annotated = annotateWorkbook(bytes, annotations);
  const before = readWorkbook(bytes).sheets[0];
  const after = readWorkbook(annotated).sheets[0];
  expect(after?.merges).toEqual(before?.merges);
  after?.cells.forEach((row, r) =>
    row.forEach((value, c) => value !== null && expect(value).toEqual(before?.cells[r]?.[c])),
  );
  expect(after?.cells.flat().filter((v) => v !== null).length).toBe(
    before?.cells.flat().filter((v) => v !== null).length,
  );
});
