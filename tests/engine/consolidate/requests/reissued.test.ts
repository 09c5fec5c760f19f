import {
  consolidate,
  planHash,
  reissueRow,
  templateMetaRows,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  type ReturnFile,
} from "../../../../src/engine/consolidate";
import { sheet } from "../../../helpers/grid";
import { A, REPORT, roster, UA, uaPlan } from "../smallPlan";

const row = (status: string, value: number) => [
  "1.",
  "Завдання про освіту",
  "1) організація літніх таборів для дітей",
  A,
  "2024",
  `табори ${value}`,
  status,
  value,
];

/** A return of executor A: free-form (`issued` null), from its template, or from one re-issued at `issued`. */
function returnOf(name: string, status: string, value: number, issued?: string | null): ReturnFile {
  const meta = [
    ...templateMetaRows({
      version: TEMPLATE_VERSION,
      planHash: planHash(uaPlan),
      planFile: "plan.xlsx",
      executorId: "a",
      executorName: A,
      language: "uk",
    }),
    ...(issued === undefined || issued === null ? [] : [reissueRow(issued)]),
  ];
  const sheets = [sheet("Звіт", [[...UA, ...REPORT], row(status, value)])];
  return {
    name,
    workbook: { sheets: issued === null ? sheets : [...sheets, sheet(TEMPLATE_META_SHEET, meta)] },
    hiddenSheets: new Set([TEMPLATE_META_SHEET]),
  };
}

describe("a return of a re-issued template replaces the executor's earlier answers", () => {
  const first = returnOf("a.xlsx", "виконується", 1, null);
  const early = returnOf("a-request-1.xlsx", "виконано", 2, "2025-01-10T08:00:00Z");
  const late = returnOf("a-request-2.xlsx", "не виконано", 3, "2025-02-01T08:00:00Z");

  it.each([
    ["in the order they came", [first, early, late]],
    ["in any order", [late, first, early]],
  ])("the latest issue wins, %s", (_order, returns) => {
    const result = consolidate(uaPlan, returns, { roster });
    const reports = result.measures.flatMap((m) => m.reports);
    expect(reports.map((r) => [r.file, r.status, r.value])).toEqual([["a-request-2.xlsx", "not_done", 3]]);
    expect(result.conflicts).toEqual([]);
    const replaced = result.problems.filter((p) => p.code === "return-replaced");
    expect(replaced.map((p) => [p.file, p.params, p.severity]).sort()).toEqual([
      ["a-request-1.xlsx", { by: "a-request-2.xlsx" }, "info"],
      ["a.xlsx", { by: "a-request-2.xlsx" }, "info"],
    ]);
    expect(result.files.map((f) => f.file).sort()).toEqual(returns.map((f) => f.name).sort());
  });

  it("without a re-issued template, two returns of one executor still conflict", () => {
    const result = consolidate(uaPlan, [first, returnOf("b.xlsx", "виконано", 2)], { roster });
    expect(result.conflicts).toHaveLength(1);
    expect(result.problems.some((p) => p.code === "return-replaced")).toBe(false);
  });
});
