import { validatePlan, validateWorkbook } from "../../../../src/engine";
import { sheet } from "../../../helpers/grid";
import { ukPlan, UK_HEADER } from "../../../helpers/plans";

const LONG = "Опис заходу. ".repeat(3_000); // 39,000 characters

describe("cell-too-long", () => {
  it("flags every cell of the workbook longer than Excel keeps, measures or not", () => {
    const grid = {
      sheets: [
        sheet("План", [
          ["План заходів на 2024-2025 роки"],
          UK_HEADER,
          ["1", "Навчання", "Департамент освіти", "2024", "кількість осіб", "бюджет", LONG],
          ["2", LONG, "Департамент освіти", "2025", "кількість осіб", "бюджет"],
          [null, null, null, null, null, null, "x".repeat(32_767)],
        ]),
      ],
    };
    const { result } = validateWorkbook(grid);
    const found = result.issues.filter((i) => i.code === "cell-too-long");
    expect(found.map((i) => [i.sheet, i.cell, i.severity, i.params])).toEqual([
      ["План", "G3", "warning", { length: LONG.length, limit: 32_767 }],
      ["План", "B4", "warning", { length: LONG.length, limit: 32_767 }],
    ]);
  });

  it("without the workbook, flags the measures' own cells", () => {
    const plan = ukPlan([["1", LONG, "Департамент освіти", "2024", "кількість осіб", "бюджет"]]);
    const found = validatePlan(plan).issues.filter((i) => i.code === "cell-too-long");
    expect(found.map((i) => i.cell)).toEqual(["B3"]);
  });

  it("says nothing about a plan whose cells all fit", () => {
    const plan = ukPlan([["1", "Навчання", "Департамент освіти", "2024", "кількість осіб", "бюджет"]]);
    expect(validatePlan(plan).issues.map((i) => i.code)).not.toContain("cell-too-long");
  });
});
