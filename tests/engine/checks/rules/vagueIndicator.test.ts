import type { CellValue } from "../../../../src/engine/grid/CellValue";
import { validatePlan } from "../../../../src/engine/checks/validatePlan";
import { parsePlan } from "../../../../src/engine/plan/parsePlan";
import { DEFAULT_SETTINGS } from "../../../../src/engine/settings/Settings";
import { sheet } from "../../../helpers/grid";
import { cellsOf } from "../../../helpers/plans";

describe("vagueIndicator (vague-indicator)", () => {
  it.each([
    { indicator: "відповідне інформаційне забезпечення", vague: true },
    { indicator: "підвищення рівня обізнаності", vague: true },
    { indicator: "кількість проведених заходів", vague: false },
    { indicator: "зростання кількості дітей", vague: false },
    { indicator: "частка охоплених осіб, %", vague: false },
    { indicator: "Брой обучени служители", vague: false },
    { indicator: "не менше 20 семінарів", vague: false },
  ])("$indicator → vague: $vague", ({ indicator, vague }) => {
    const rows = [["1.", "Навчання", "Відділ освіти", "2024", indicator, "бюджет"]];
    expect(cellsOf(rows, "vague-indicator")).toEqual(vague ? ["E3"] : []);
  });
});

describe("vagueIndicator with a target or baseline column", () => {
  const header = ["No.", "Activity", "Lead agency", "Timeline", "Output indicator", "Baseline", "Target"];
  const issuesFor = (baseline: CellValue, target: CellValue): string[] =>
    validatePlan(
      parsePlan({
        sheets: [
          sheet(
            "Plan",
            [
              ["Action plan 2025-2027"],
              header,
              [
                "1.1",
                "School mediators",
                "Education Department",
                "Q3 2025",
                "Mediators trained",
                baseline,
                target,
              ],
            ],
            null,
          ),
        ],
      }),
      DEFAULT_SETTINGS,
    )
      .issues.filter((issue) => issue.code === "vague-indicator")
      .map((issue) => issue.cell ?? "");

  it.each([
    ["0", "5"],
    [null, 10],
    [null, "80%"],
    ["1 200", null],
  ])("an indicator measured by its baseline %j / target %j is not vague", (baseline, target) => {
    expect(issuesFor(baseline, target)).toEqual([]);
  });

  it.each([
    [null, null],
    ["-", "all schools"],
  ])("without a number in baseline %j / target %j it is", (baseline, target) => {
    expect(issuesFor(baseline, target)).toEqual(["E3"]);
  });
});
