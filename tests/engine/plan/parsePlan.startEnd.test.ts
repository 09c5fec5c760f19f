import { validateWorkbook } from "../../../src/engine/validateWorkbook";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { sheet } from "../../helpers/grid";

function deadlines(header: CellValue[][], rows: CellValue[][], merges: string[] = []) {
  const { plan } = validateWorkbook({
    sheets: [sheet("Plan", [["Work plan 2025–2026"], ...header, ...rows], merges)],
  });
  return plan.sheets[0]?.measures.map((m) => [
    m.deadline?.kind ?? null,
    m.deadline?.start ?? null,
    m.deadline?.end ?? null,
  ]);
}

describe("a deadline given as a start and an end column", () => {
  it("reads “Timeframe: Start | End” as the span from one to the other", () => {
    const header = [
      ["#", "Activity", "Lead", "Timeframe", null, "Indicator"],
      [null, null, null, "Start", "End", null],
    ];
    expect(
      deadlines(
        header,
        [
          ["1", "Registration", "Civil Registry", "Jan 2025", "Jun 2025", "Number of persons"],
          ["2", "Legal aid", "Legal Aid Centre", "TBD", "Dec 2026", "Number of consultations"],
          ["3", "Awareness", "NGO", null, "Q4 2025", "Number of events"],
        ],
        ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"],
      ),
    ).toEqual([
      ["range", "2025-01-01", "2025-06-30"],
      ["month", "2026-12-01", "2026-12-31"],
      ["quarter", "2025-10-01", "2025-12-31"],
    ]);
  });

  it("reads “Start date | End date” columns the same way", () => {
    expect(
      deadlines(
        [["Ref.", "Measure", "Responsible body", "Start date", "End date", "KPI"]],
        [["A.1", "Helpdesk", "Social services", "01/03/2025", "30/06/2025", "Number of visits"]],
      ),
    ).toEqual([["range", "2025-03-01", "2025-06-30"]]);
  });
});
