import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { ReturnFile } from "../../../src/engine/consolidate/returns/ReturnRow";
import { measureId, templateMetaRows } from "../../../src/engine/consolidate/template/templateMeta";
import { sheet } from "../../helpers/grid";
import { B, REPORT, roster, UA, uaPlan } from "./smallPlan";

describe("consolidate: returns made from templates", () => {
  it("ignores hidden sheets and a template of another plan falls back to numbers and text", () => {
    const hidden = sheet("Копія", [
      [...UA, ...REPORT],
      ["2.", null, "1) виявлення дітей без документів", B, "", "x", "виконано", 1],
    ]);
    const meta = templateMetaRows({
      version: 1,
      planHash: "другий",
      planFile: "old.xlsx",
      executorId: "b",
      executorName: B,
      language: "uk",
    });
    const file: ReturnFile = {
      name: "t.xlsx",
      workbook: {
        sheets: [
          sheet("Звіт", [
            [...UA, ...REPORT, "PlanCheck ID"],
            ["2.", null, "1) виявлення дітей без документів", B, "", "Так", "виконано", 3, measureId(0, 0)],
          ]),
          hidden,
          sheet("PlanCheck", meta),
        ],
      },
      hiddenSheets: new Set(["Копія"]),
    };
    const result = consolidate(uaPlan, [file], { roster });
    expect(result.files[0]).toMatchObject({
      executor: "b",
      identifiedBy: "template",
      template: true,
      reportRows: 1,
    });
    expect(result.measures[2]?.reports.map((r) => [r.via, r.value])).toEqual([["key", 3]]);
    expect(result.problems.map((p) => p.code)).toContain("template-other-plan");
  });
});
