import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { ReturnFile } from "../../../src/engine/consolidate/ReturnRow";
import type { Roster } from "../../../src/engine/consolidate/Roster";
import { measureId, templateMetaRows } from "../../../src/engine/consolidate/templateMeta";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

const UA = [
  "№ з/п",
  "Найменування завдання",
  "Найменування заходу",
  "Відповідальні за виконання",
  "Строк виконання",
];
const REPORT = ["Стан виконання", "Статус", "Фактичне значення індикатора"];
const A = "Відділ освіти районної державної адміністрації";
const B = "Служба у справах дітей районної державної адміністрації";

const uaPlan = parsePlan({
  sheets: [
    sheet("План", [
      ["План заходів на 2024-2025 роки"],
      UA,
      ["1.", "Завдання про освіту", "1) організація літніх таборів для дітей", A, "2024"],
      [null, null, "2) проведення батьківських зборів у школах", `${A}, ${B}`, "2025"],
      ["2.", "Завдання про захист дітей", "1) виявлення дітей без документів", B, "постійно"],
    ]),
  ],
});

const roster: Roster = {
  source: "roster",
  entries: [
    { id: "a", name: A, aliases: [], file: null, byConsent: false },
    { id: "b", name: B, aliases: [], file: null, byConsent: false },
  ],
};

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
