// One workbook, two hosts. The Excel host (src/excel, over the recording fake loaded with what Excel holds once
// it has opened the file: stored values, number format codes, merged ranges, the date system) and the file
// host's readers (src/xlsx: the fast .xlsx reader, and SheetJS, which reads every other format and is the
// reference the fast reader copies) must give the engine the same grid — hence the same findings — for every fixture
// plan, plan variants in .xlsx, .xls and .ods, and hand-made workbooks of dates, number formats, merges and
// the 1904 date system. Runs once per platform profile: on the web the fake reports number formats in the
// account's regional letters.
import { validateWorkbook, type CellValue, type WorkbookGrid } from "../../src/engine";
import { readWorkbookWithSheetJs } from "../../src/xlsx/read/readWorkbookWithSheetJs";
import { sniffFormat } from "../../src/xlsx/read/sniffFormat";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { planFixtures } from "../helpers/fixtures";
import { generatePlanVariant } from "../variants/plan/generatePlanVariant";
import type { PlanTruth } from "../variants/plan/PlanModel";
import { datedWorkbook } from "./datedWorkbooks";
import { fakeFromFile } from "./fake/fakeFromFile";
import { comparable, hostOn } from "./helpers";

/** Variants per fixture plan (PLANCHECK_SAME_GRID_VARIANTS); the generator picks each one's file format. */
const VARIANTS = Number(process.env.PLANCHECK_SAME_GRID_VARIANTS ?? 4);

const fixtures = planFixtures();
const cases: Array<readonly [string, Uint8Array]> = [
  ...fixtures.map((f) => [f.name, f.bytes] as const),
  ...fixtures.flatMap((f) =>
    Array.from({ length: VARIANTS }, (_, index) => {
      const variant = generatePlanVariant(f.truth as unknown as PlanTruth, f.bytes, index);
      return [`variant ${variant.id} (${variant.format})`, variant.bytes] as const;
    }),
  ),
  ["dated plan, 1900 date system", datedWorkbook(false)],
  ["dated plan, 1904 date system", datedWorkbook(true)],
];

async function bothHosts(
  bytes: Uint8Array,
): Promise<{ excel: WorkbookGrid; file: WorkbookGrid; sheetJs: WorkbookGrid }> {
  const file = readWorkbook(bytes);
  const sheetJs = readWorkbookWithSheetJs(bytes, sniffFormat(bytes)).grid;
  const excel = await hostOn(fakeFromFile(bytes)).readWorkbook();
  return { excel, file, sheetJs };
}

describe("the Excel host and the file host give the engine the same workbook", () => {
  it.each(cases)("%s: the same grid and the same findings", async (_name, bytes) => {
    const { excel, file, sheetJs } = await bothHosts(bytes);
    expect(comparable(excel)).toEqual(comparable(file));
    expect(comparable(excel)).toEqual(comparable(sheetJs));
    const fromExcel = validateWorkbook(excel);
    const fromFile = validateWorkbook(file);
    expect(fromExcel.result).toEqual(fromFile.result);
    expect(fromExcel.plan.sheets.map((s) => s.measures.length)).toEqual(
      fromFile.plan.sheets.map((s) => s.measures.length),
    );
  });

  it("covers what can differ: every file format, dates, times, Excel's 1900-02-29, merges, findings", () => {
    const names = cases.map(([name]) => name).join(" ");
    for (const format of ["(xlsx)", "(xls)", "(ods)"]) expect(names).toContain(format);
    const dated = readWorkbook(datedWorkbook(false));
    const values = dated.sheets.flatMap((s) => s.cells.flat());
    expect(values.filter((v) => v instanceof Date).length).toBeGreaterThan(100);
    expect(values).toContainEqual(new Date("1899-12-31T12:00:00Z")); // 12:00 on day 0
    expect(dated.sheets[0]!.cells.some((row) => row[4] === 60)).toBe(true); // 29.02.1900 stays a number
    expect(dated.sheets[0]!.merges!.length).toBeGreaterThan(4);
    const { result } = validateWorkbook(dated);
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["missing-deadline", "missing-responsible", "deadline-outside-period"]),
    );
  });

  it("reads a 1904 workbook's dates as the same days as a 1900 workbook's, in both hosts", async () => {
    const deadlines = (grid: WorkbookGrid): CellValue[] => grid.sheets[0]!.cells.map((row) => row[4] ?? null);
    const in1900 = await bothHosts(datedWorkbook(false));
    const in1904 = await bothHosts(datedWorkbook(true));
    const later = (values: CellValue[]): CellValue[] =>
      values.filter((v) => v instanceof Date && v.getUTCFullYear() >= 2000);
    expect(later(deadlines(in1900.file))).toHaveLength(7);
    expect(later(deadlines(in1904.file))).toEqual(later(deadlines(in1900.file)));
    expect(later(deadlines(in1904.excel))).toEqual(later(deadlines(in1900.excel)));
  });
});
