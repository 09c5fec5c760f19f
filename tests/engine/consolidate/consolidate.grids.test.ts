import { consolidate } from "../../../src/engine/consolidate/consolidate";
import type { ReturnFile } from "../../../src/engine/consolidate/returns/ReturnRow";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { sheet } from "../../helpers/grid";
import { A, B, REPORT, roster, UA, uaPlan } from "./smallPlan";

const ret = (name: string, rows: CellValue[][], extra: Partial<ReturnFile> = {}): ReturnFile => ({
  name,
  workbook: { sheets: [sheet("Звіт", [[...UA, ...REPORT], ...rows])] },
  ...extra,
});

describe("consolidate: returns laid out as the fixtures do not show", () => {
  it("matches a changed number by its text, and tells a foreign text from a missing number", () => {
    const result = consolidate(
      uaPlan,
      [
        ret("a.xlsx", [
          [
            "1.",
            "Завдання про освіту",
            "3) проведення батьківських зборів у школах",
            A,
            "2025",
            "Проведено",
            "виконано",
            4,
          ],
          [
            "1.",
            "Завдання про освіту",
            "1) зовсім інший захід без спільних слів",
            A,
            "2024",
            "Так",
            "виконано",
            1,
          ],
          ["7.", "Нове завдання", "1) захід, якого немає", A, "2024", "Так", "виконано", 2],
        ]),
      ],
      { roster },
    );
    const second = result.measures[1];
    expect(second?.reports.map((r) => [r.match, r.via, r.row])).toEqual([["number_changed", "text", 2]]);
    expect(result.unmatched.map((u) => [u.row, u.reason])).toEqual([
      [3, "text_mismatch"],
      [4, "no_such_measure"],
    ]);
    expect(result.files[0]?.executor).toBe("a");
  });

  it("keeps blank, 0 and “н/д” apart and flags formula-like text", () => {
    const result = consolidate(
      uaPlan,
      [
        ret("b.xlsx", [
          [
            "1.",
            null,
            "2) проведення батьківських зборів у школах",
            `${A}, ${B}`,
            "2025",
            "-видано",
            "н/д",
            "н/д",
          ],
          ["2.", null, "1) виявлення дітей без документів", B, "постійно", "@все", "Виконано", 0],
        ]),
      ],
      { roster },
    );
    const [first, second] = [result.measures[1]?.reports[0], result.measures[2]?.reports[0]];
    expect([first?.status, first?.value, first?.valueKind]).toEqual([
      "not_applicable",
      null,
      "not-applicable",
    ]);
    expect([second?.status, second?.value, second?.valueKind]).toEqual(["done", 0, "number"]);
    expect(result.problems.filter((p) => p.code === "formula-like-text").map((p) => p.row)).toEqual([2, 3]);
    expect(result.measures[0]?.missing).toEqual(["a"]);
  });

  it("leaves a return unattributed when its rows name nobody it knows", () => {
    const other = ret("c.xlsx", [
      ["9.", "Інше", "1) захід, якого немає в плані", "Хтось інший", "2024", "Так", "виконано", 1],
    ]);
    const result = consolidate(uaPlan, [other], { roster });
    expect(result.files[0]).toMatchObject({ executor: null, identifiedBy: "unknown" });
    expect(result.problems.map((p) => p.code)).toEqual(["executor-unknown", "unmatched-row"]);
    expect(result.unmatched.map((u) => [u.executor, u.reason])).toEqual([[null, "no_such_measure"]]);
  });
});
