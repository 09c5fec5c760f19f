import { validatePlan } from "../../../../src/engine/checks/validatePlan";
import { cellsOf, settings, ukPlan } from "../../../helpers/plans";

describe("missingFields (missing-responsible, missing-deadline, missing-indicator, missing-financing)", () => {
  const rows = [
    ["1.", "Провести навчання", "Відділ освіти", "2024", "кількість осіб", "бюджет"],
    ["2.", "Видати посібник", "-", "—", " ", "-"],
    ["3.", "Провести конкурс", null, "2025", "кількість учасників", null],
  ];

  it("reports an empty or dash-only responsible cell as an error on its cell", () => {
    const result = validatePlan(ukPlan(rows));
    const responsible = result.issues.filter((issue) => issue.code === "missing-responsible");
    expect(responsible.map((issue) => [issue.cell, issue.severity, issue.params])).toEqual([
      ["C4", "error", { placeholder: true }],
      ["C5", "error", { placeholder: false }],
    ]);
  });

  it("treats a dash as a value for financing but not for deadlines or indicators", () => {
    expect(cellsOf(rows, "missing-deadline")).toEqual(["D4"]);
    expect(cellsOf(rows, "missing-indicator")).toEqual(["E4"]);
    expect(cellsOf(rows, "missing-financing")).toEqual(["F5"]);
  });

  it("makes financing an error when it is required, and silences indicators when they are not", () => {
    const custom = settings({
      requiredFields: ["responsible", "deadline", "financing"],
      recommendedFields: [],
    });
    const result = validatePlan(ukPlan(rows), custom);
    expect(result.issues.filter((i) => i.code === "missing-financing").map((i) => i.severity)).toEqual([
      "error",
    ]);
    expect(result.issues.some((i) => i.code === "missing-indicator")).toBe(false);
  });

  it("reports a recommended column that no measure fills once, as empty-column", () => {
    const empty = [
      ["1.", "Провести навчання", "Відділ освіти", "2024", "кількість осіб", null],
      ["2.", "Видати посібник", "Відділ культури", "2025", "кількість примірників", ""],
    ];
    const result = validatePlan(ukPlan(empty));
    expect(result.issues.map((i) => [i.code, i.cell, i.params])).toEqual([
      ["empty-column", "F2", { field: "financing", column: "F" }],
    ]);
  });
});
