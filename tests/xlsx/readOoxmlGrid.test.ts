import { readdirSync } from "node:fs";
import { join } from "node:path";
import { write } from "@e965/xlsx";
import { generatePlan } from "../../bench/generatePlan";
import { generateReturns } from "../../bench/generateReturns";
import type { CellMark } from "../../src/engine";
import { annotateWorkbook } from "../../src/xlsx/annotateWorkbook";
import { readWorkbookWithSheetJs } from "../../src/xlsx/read/readWorkbookWithSheetJs";
import { readWorkbook, readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { FIXTURES, readBytes } from "./helpers/fixtures";
import { largePlan } from "./helpers/largePlan";
import { sampleSpec } from "./helpers/sampleSpec";

function workbookFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? workbookFiles(join(dir, entry.name))
        : /\.(xlsx|xlsm|xls)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}

const fixtures = workbookFiles(FIXTURES);
const ownFixtures = workbookFiles(join(__dirname, "fixtures"));

describe("the fast OOXML reader gives exactly SheetJS's grid", () => {
  it("on every plan and submission fixture", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(13);
    for (const file of fixtures) expectSameAsSheetJs(readBytes(file));
  });

  it("while non-OOXML fixtures still go through SheetJS", () => {
    const legacy = ownFixtures.find((file) => file.endsWith(".xls")) ?? "";
    expect(readWorkbookWithInfo(readBytes(legacy))).toStrictEqual(
      readWorkbookWithSheetJs(readBytes(legacy), "cfb"),
    );
  });

  it("on workbooks written by writeWorkbook", () => {
    const sample = expectSameAsSheetJs(writeWorkbook(sampleSpec()));
    expect(sample.grid.sheets.flatMap((s) => s.cells.flat()).some((v) => v instanceof Date)).toBe(true);
    expectSameAsSheetJs(writeWorkbook(largePlan(600).spec));
  });

  it("on workbooks annotated by annotateWorkbook (notes, fills, issues sheet with links)", () => {
    for (const original of [writeWorkbook(sampleSpec()), ...fixtures.slice(0, 3).map(readBytes)]) {
      const grid = readWorkbook(original);
      const marks: CellMark[] = grid.sheets.flatMap((sheet) => [
        { sheet: sheet.name, rowIndex: 1, colIndex: 1, severity: "error", note: "Перевірте" },
        {
          sheet: sheet.name,
          rowIndex: sheet.cells.length + 3,
          colIndex: 12,
          severity: "info",
          note: "нижче",
        },
      ]);
      const rows = marks.map((m) => ({
        cells: [m.severity, m.note],
        link: { sheet: m.sheet, rowIndex: m.rowIndex, colIndex: m.colIndex, column: 1 },
      }));
      const annotated = annotateWorkbook(original, {
        marks,
        author: "PlanCheck",
        issuesSheet: { name: "Зауваження", columns: ["Рівень", "Опис"], rows },
      });
      const { grid: read } = expectSameAsSheetJs(annotated);
      expect(read.sheets.at(-1)?.name).toBe("Зауваження");
      // The note below the table is on an empty cell: only its comment stub makes the row exist.
      expect(read.sheets[0]?.cells[(grid.sheets[0]?.cells.length ?? 0) + 3]).toHaveLength(13);
    }
  });

  it('on the bench generators\' SheetJS-written plan and returns (t="str" cells, merges)', () => {
    const { workbook } = generatePlan(1_500);
    expectSameAsSheetJs(new Uint8Array(write(workbook, { type: "array", bookType: "xlsx" }) as ArrayBuffer));
    const set = generateReturns(4, 30, 2);
    for (const book of [set.plan, ...set.returns]) {
      const bytes = write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
      expectSameAsSheetJs(new Uint8Array(bytes));
    }
  });
});
