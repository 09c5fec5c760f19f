import { Consolidator } from "../../../src/engine/consolidate/Consolidator";
import { prepareReturn } from "../../../src/engine/consolidate/returns/prepareReturn";
import type { ReturnFile } from "../../../src/engine/consolidate/returns/ReturnRow";
import { planHash } from "../../../src/engine/consolidate/template/planHash";
import { measureId, templateMetaRows } from "../../../src/engine/consolidate/template/templateMeta";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { describeProblem } from "../../../src/report/describeProblem";
import { executorNames } from "../../../src/report/consolidationLabels";
import { sheet } from "../../helpers/grid";
import { A, B, REPORT, roster, UA, uaPlan } from "./smallPlan";

const ROWS: CellValue[][] = [
  [...UA, ...REPORT],
  ["1.", null, "1) організація літніх таборів для дітей", A, "2024", "Проведено 3 табори", "виконано", 3],
  [null, null, "2) проведення батьківських зборів у школах", A, "2025", "Збори проведено", "виконано", 12],
];

function returnOf(name: string, rows: CellValue[][] = ROWS, sheetName = "Звіт"): ReturnFile {
  return { name, workbook: { sheets: [sheet(sheetName, rows)] } };
}

/** A return made from our template for executor `executorId` named `executorName` (hidden sheet). */
function templateReturn(name: string, executorId: string, executorName: string): ReturnFile {
  const meta = templateMetaRows({
    version: 1,
    planHash: planHash(uaPlan),
    planFile: "plan.xlsx",
    executorId,
    executorName,
    language: "uk",
  });
  return {
    name,
    workbook: {
      sheets: [
        sheet("Звіт", [
          [...UA, ...REPORT, "PlanCheck ID"],
          ["2.", null, "1) виявлення дітей без документів", B, "", "Так", "виконано", 3, measureId(0, 4)],
        ]),
        sheet("PlanCheck", meta),
      ],
    },
  };
}

function consolidateAll(files: readonly ReturnFile[], options = { roster }) {
  const consolidator = new Consolidator(uaPlan, options);
  for (const file of files) consolidator.add(file);
  return consolidator.finish();
}

describe("returns are never silently double-counted or misattributed", () => {
  it("counts a return given twice once and says which file it repeats", () => {
    const result = consolidateAll([returnOf("osvita.xlsx"), returnOf("osvita (1).xlsx")]);
    expect(result.measures[0]?.reports).toHaveLength(1);
    expect(result.measures[1]?.reports).toHaveLength(1);
    expect(result.files.map((f) => [f.file, f.identifiedBy, f.duplicateOf, f.reportRows])).toEqual([
      ["osvita.xlsx", "responsible", null, 2],
      ["osvita (1).xlsx", "duplicate", "osvita.xlsx", 0],
    ]);
    const problem = result.problems.find((p) => p.code === "duplicate-return");
    expect(problem).toMatchObject({ file: "osvita (1).xlsx", executor: "a", params: { of: "osvita.xlsx" } });
    expect(describeProblem(problem!, "en", executorNames(result))).toBe(
      "Same content as osvita.xlsx, already read: counted once",
    );
    expect(result.problems.filter((p) => p.code === "conflict" || p.code === "duplicate-identical")).toEqual(
      [],
    );
  });

  it("takes the same return saved as .xlsx (one sheet name) and as .csv (another) as one", () => {
    const csv = returnOf(
      "osvita.csv",
      ROWS.map((row) => row.map((v) => (v === null ? null : String(v)))),
      "Sheet1",
    );
    const result = consolidateAll([returnOf("osvita.xlsx"), csv]);
    expect(result.files[1]).toMatchObject({ identifiedBy: "duplicate", duplicateOf: "osvita.xlsx" });
    expect(result.measures[0]?.reports).toHaveLength(1);
  });

  it("keeps two returns that differ in one report cell apart", () => {
    const other = ROWS.map((row, r) => (r === 2 ? [...row.slice(0, 7), 13] : row));
    const result = consolidateAll([returnOf("osvita.xlsx"), returnOf("osvita-2.xlsx", other)]);
    expect(result.files.map((f) => f.identifiedBy)).toEqual(["responsible", "responsible"]);
    expect(result.problems.map((p) => p.code)).toContain("conflict");
  });

  it("gives a file two roster lines claim to neither, naming both", () => {
    const claimed = {
      source: "roster" as const,
      entries: roster.entries.map((e) => ({ ...e, file: "spilnyi.xlsx" })),
    };
    const result = consolidateAll([returnOf("spilnyi.xlsx")], { roster: claimed });
    expect(result.files[0]).toMatchObject({
      executor: null,
      identifiedBy: "unknown",
      candidates: ["a", "b"],
    });
    const problem = result.problems.find((p) => p.code === "file-claimed-twice");
    expect(problem).toMatchObject({ severity: "error", file: "spilnyi.xlsx", params: { executors: [A, B] } });
    expect(result.problems.map((p) => p.code)).not.toContain("executor-unknown");
    for (const locale of ["uk", "bg", "en"] as const)
      expect(describeProblem(problem!, locale, executorNames(result))).toContain(`${A}; ${B}`);
  });

  it("gives a template whose hidden id was edited to name another executor to neither, naming both", () => {
    const result = consolidateAll([templateReturn("b.xlsx", "a", B)]);
    expect(result.files[0]).toMatchObject({ executor: null, candidates: ["a", "b"] });
    expect(result.measures[2]?.reports.map((r) => r.executor)).toEqual([null]);
    const problem = result.problems.find((p) => p.code === "template-executor-mismatch");
    expect(problem).toMatchObject({ severity: "error", params: { byId: A, byName: B } });
    expect(describeProblem(problem!, "en", executorNames(result))).toBe(
      `The template's hidden executor id names ${A}, but the executor it was made for is ${B} (was the template edited?); it is given to neither: choose the executor or list the file in the roster`,
    );
  });

  it("still takes a template by its name when the roster gives the executor another id", () => {
    const result = consolidateAll([templateReturn("b.xlsx", "sluzhba-u-spravakh-ditei", B)]);
    expect(result.files[0]).toMatchObject({ executor: "b", identifiedBy: "template" });
    expect(result.problems.map((p) => p.code)).not.toContain("template-executor-mismatch");
  });

  it("says when a template names an executor nobody knows", () => {
    const result = consolidateAll([templateReturn("x.xlsx", "zz", "Міністерство чогось невідомого")]);
    const problem = result.problems.find((p) => p.code === "template-executor-unknown");
    expect(problem).toMatchObject({
      severity: "warning",
      params: { executor: "Міністерство чогось невідомого" },
    });
  });

  it("consolidates the other returns when one cannot be read, and names it as that file's problem", () => {
    const consolidator = new Consolidator(uaPlan, { roster });
    consolidator.addUnreadable({ name: "broken.xlsx", unreadable: "corrupt" });
    consolidator.add(returnOf("osvita.xlsx"));
    const result = consolidator.finish();
    expect(result.measures[0]?.reports).toHaveLength(1);
    expect(result.files[0]).toMatchObject({
      file: "broken.xlsx",
      identifiedBy: "unreadable",
      executor: null,
    });
    const problem = result.problems.find((p) => p.code === "return-unreadable");
    expect(problem).toMatchObject({ severity: "error", file: "broken.xlsx", params: { reason: "corrupt" } });
    expect(describeProblem(problem!, "bg", executorNames(result))).toBe(
      "Не може да се прочете: файлът е повреден и не може да бъде прочетен като работна книга; останалите отчети са обобщени",
    );
  });

  it("notes a report cell longer than Excel keeps", () => {
    const long = "д".repeat(40_000);
    const rows = ROWS.map((row, r) => (r === 1 ? [...row.slice(0, 5), long, ...row.slice(6)] : row));
    const result = consolidateAll([returnOf("osvita.xlsx", rows)]);
    const problem = result.problems.find((p) => p.code === "cell-too-long");
    expect(problem).toMatchObject({ row: 2, params: { field: "reportText", length: 40_000, limit: 32_767 } });
    expect(describeProblem(problem!, "en", executorNames(result))).toBe(
      "What was done holds 40,000 characters, more than the 32,767 an Excel cell keeps; the consolidated workbook cuts it and marks the cut",
    );
  });

  it("prepares the same fingerprint for the same content, a different one for different content", () => {
    const a = prepareReturn(returnOf("a.xlsx"));
    expect(prepareReturn(returnOf("b.csv", ROWS, "Sheet1")).fingerprint).toBe(a.fingerprint);
    expect(prepareReturn(returnOf("c.xlsx", ROWS.slice(0, 2))).fingerprint).not.toBe(a.fingerprint);
  });
});
