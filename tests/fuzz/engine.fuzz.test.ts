import fc from "fast-check";
import { explainColumns, validateWorkbook } from "../../src/engine";
import { consolidate } from "../../src/engine/consolidate";
import type { WorkbookGrid } from "../../src/engine/grid/SheetGrid";
import { CATALOGUES } from "../../src/i18n/catalogues";
import { messageParams } from "../../src/i18n/formatMessage";
import { LOCALES } from "../../src/i18n/Locale";
import { describeIssue } from "../../src/i18n/translate";
import { describeProblem } from "../../src/report/describeProblem";
import { submissionSet } from "../engine/consolidate/submissionFixtures";
import { extent, fuzzRuns, fuzzTimeout, workbookGrid } from "./gridArbitraries";

/**
 * Properties of the engine on random workbooks (tests/fuzz/gridArbitraries.ts): it never throws, every
 * finding points inside the grid, validating twice gives the same result and leaves the grid as it was, and
 * every finding and problem can be worded in every language. `npm run fuzz` runs the same with more cases.
 */
jest.setTimeout(fuzzTimeout(600_000));

const clone = (grid: WorkbookGrid): WorkbookGrid => structuredClone(grid);
/** What a message shows when a parameter it needs is missing (cell texts in the pool never hold these). */
const UNFILLED = /undefined|NaN|\[object /;

describe("the engine on random workbooks", () => {
  it("never throws; every issue points inside the grid; twice gives the same result; the grid is untouched", () => {
    fc.assert(
      fc.property(workbookGrid, (grid) => {
        const before = clone(grid);
        const first = validateWorkbook(grid);
        const second = validateWorkbook(grid);
        expect(second.result).toEqual(first.result);
        expect(grid).toEqual(before);
        const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, extent(sheet)]));
        for (const issue of first.result.issues) {
          if (issue.sheet === null) {
            expect(issue.rowIndex).toBeNull();
            continue;
          }
          const size = sheets.get(issue.sheet);
          expect({ issue: issue.code, sheet: issue.sheet, known: size !== undefined }).toMatchObject({
            known: true,
          });
          if (issue.rowIndex !== null) expect(issue.rowIndex).toBeGreaterThanOrEqual(0);
          if (issue.rowIndex !== null) expect(issue.rowIndex).toBeLessThan(Math.max(1, size?.rows ?? 0));
          if (issue.colIndex !== null) expect(issue.colIndex).toBeGreaterThanOrEqual(0);
          if (issue.colIndex !== null) expect(issue.colIndex).toBeLessThan(Math.max(1, size?.cols ?? 0));
        }
        for (const locale of LOCALES)
          for (const issue of first.result.issues) {
            const { message, hint } = describeIssue(issue, locale);
            expect(`${message} ${hint}`).not.toMatch(UNFILLED);
          }
        explainColumns(first.plan);
      }),
      { numRuns: fuzzRuns(150) },
    );
  });

  it("consolidating random returns against a real plan never throws, and every problem can be worded", () => {
    const set = submissionSet("000");
    fc.assert(
      fc.property(fc.array(workbookGrid, { minLength: 1, maxLength: 3 }), (grids) => {
        const returns = grids.map((workbook, i) => ({ name: `return-${i + 1}.xlsx`, workbook }));
        const result = consolidate(set.plan, returns);
        expect(result.files).toHaveLength(returns.length);
        for (const locale of LOCALES)
          for (const problem of result.problems) {
            const text = describeProblem(problem, locale, (id) => id ?? "—");
            expect(text).not.toMatch(UNFILLED);
            const template = CATALOGUES[locale].ui[`consolidate.problem.${problem.code}`];
            for (const name of messageParams(template)) expect(text).not.toContain(`{${name}`);
          }
      }),
      { numRuns: fuzzRuns(40) },
    );
  });
});
