import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { ReturnFile } from "../../../src/engine/consolidate/returns/ReturnRow";
import { parsePlan } from "../../../src/engine/plan/parsePlan";
import { sheet } from "../../helpers/grid";

describe("consolidate: Bulgarian plans with their own status column", () => {
  const BG = ["", "Мерки", "Статус", "Срок", "Отговорна институция", "Индикатори", "Текуща стойност"];
  const bgPlan = parsePlan({
    sheets: [
      sheet("Приоритет 1 - Образование", [
        ["Приоритет 1"],
        BG,
        ["1.1", "Обучение на учители", "Текущ", "2024", "РУО-Русе", "брой", null],
      ]),
      sheet("Приоритет 2 - Здравеопазване", [
        ["Приоритет 2"],
        BG,
        ["1.1", "Прегледи на деца", "Текущ", "2024", "РЗИ-Русе", "брой", null],
      ]),
    ],
  });

  it("matches a renamed priority sheet by its number; a copied plan status alone reports nothing", () => {
    const file: ReturnFile = {
      name: "rzi.xlsx",
      workbook: {
        sheets: [
          sheet("2. Здраве", [
            [...BG, "Отчет за изпълнение"],
            ["1.1", "Прегледи на деца", "Текущ", "2024", "РЗИ-Русе", "брой", 12, "Прегледани 12 деца"],
          ]),
          sheet("Приоритет 1 - Образование", [
            [...BG, "Отчет за изпълнение"],
            ["1.1", "Обучение на учители", "Текущ", "2024", "РУО-Русе", "брой", null, null],
          ]),
        ],
      },
    };
    const result = consolidate(bgPlan, [file]);
    expect(result.files[0]).toMatchObject({ reportRows: 1, identifiedBy: "responsible" });
    expect(result.measures.map((m) => m.reports.map((r) => [r.sheet, r.status, r.value]))).toEqual([
      [],
      [["2. Здраве", "in_progress", 12]],
    ]);
  });
});
