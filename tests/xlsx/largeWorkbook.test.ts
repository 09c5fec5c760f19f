import { read } from "@e965/xlsx";
import { annotateWorkbook, type CellMark } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { largePlan } from "./helpers/largePlan";

/**
 * A 20,000-measure plan (about 24k rows × 8 columns, 15k merges) written by writeWorkbook. Reading it must
 * cost well under a bare SheetJS read and give exactly SheetJS's grid; annotating 2,000 cells must stay
 * well within seconds. Timings are the best of three runs to keep a busy CI machine from failing the test.
 */
jest.setTimeout(120_000);

function best(runs: number, fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

const plan = largePlan(20_000);
const bytes = writeWorkbook(plan.spec);

it("reads a 20,000-measure plan exactly as SheetJS does, faster than a bare SheetJS read", () => {
  const { grid } = expectSameAsSheetJs(bytes);
  expect(grid.sheets[0]?.cells.length).toBe(plan.rows);
  expect(grid.sheets[0]?.merges?.length).toBe(plan.merges);
  const bare = best(3, () => read(bytes, { dense: true }));
  const ours = best(3, () => readWorkbook(bytes));
  console.log(
    `large plan: ${bytes.length} bytes; bare SheetJS ${bare.toFixed(0)} ms, readWorkbook ${ours.toFixed(0)} ms`,
  );
  expect(ours).toBeLessThan(bare);
});

it("annotates 2,000 cells of it in linear time, keeping every value", () => {
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
  let annotated: Uint8Array = new Uint8Array();
  const ms = best(1, () => (annotated = annotateWorkbook(bytes, annotations)));
  const few = best(1, () =>
    annotateWorkbook(bytes, { ...annotations, marks: marks.slice(0, 20), issuesSheet: null }),
  );
  console.log(`annotate: 2,000 marks ${ms.toFixed(0)} ms, 20 marks ${few.toFixed(0)} ms`);
  expect(ms).toBeLessThan(10_000);
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
