import { consolidate, EMPTY_HISTORY, planHash, trackPeriod, yearPeriod } from "../../src/engine/consolidate";
import { buildConsolidationOutput } from "../../src/report/buildConsolidationOutput";
import { consolidatedWorkbook } from "../../src/report/consolidatedWorkbook";
import { HISTORY_SHEET } from "../../src/report/historySheet";
import { readHistory } from "../../src/report/readHistory";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { ruse2025 } from "../engine/consolidate/periods/nextPeriodReturns";
import { expectedRoster, submissionSet } from "../engine/consolidate/submissionFixtures";
import { FakeWorkbook } from "./fake/FakeWorkbook";
import { hostOn } from "./helpers";

// One home for the history's format: what the pane writes into Excel and what the CLI writes into
// consolidated.xlsx are read back to the same history, and each host carries it from one period to the next.
const set = submissionSet("003");
const roster = expectedRoster(set.expected, false);
const track = (returns: typeof set.returns, year: number, earlier = EMPTY_HISTORY) => {
  const result = consolidate(set.plan, returns, { roster });
  const tracked = trackPeriod({
    result,
    period: yearPeriod(year),
    earlier,
    planHash: planHash(set.plan),
    planPeriod: set.plan.period,
    locale: "bg",
  });
  return { result, tracked };
};

describe("Excel host: the history of periods", () => {
  it("reads no history from a workbook PlanCheck has not written to", async () => {
    const host = hostOn(FakeWorkbook.fromGrid(readWorkbookWithInfo(set.planBytes).grid));
    const grid = await host.readOutputHistory();
    expect(grid.sheets).toEqual([]);
    expect(readHistory(grid)).toBeNull();
  });

  it("keeps 2024 when 2025 is written, and reads back what the CLI's workbook reads back", async () => {
    const book = FakeWorkbook.fromGrid(readWorkbookWithInfo(set.planBytes).grid);
    const host = hostOn(book);
    const first = track(set.returns, 2024);
    await host.writeConsolidation(
      buildConsolidationOutput(first.result, "bg", set.plan.title, first.tracked),
    );
    expect(book.sheet(HISTORY_SHEET)?.visibility).toBe("Hidden");

    const earlier = readHistory(await host.readOutputHistory());
    expect(earlier).toEqual(first.tracked.history);
    const second = track(ruse2025(set), 2025, earlier ?? EMPTY_HISTORY);
    await host.writeConsolidation(
      buildConsolidationOutput(second.result, "bg", set.plan.title, second.tracked),
    );
    const inExcel = readHistory(await host.readOutputHistory());
    expect(inExcel?.periods.map((p) => p.period.label)).toEqual(["2024", "2025"]);

    // the CLI writes the same consolidation to consolidated.xlsx: both read back the same history
    const file = writeWorkbook(consolidatedWorkbook(second.result, "bg", set.plan.title, second.tracked));
    const inFile = readHistory(readWorkbookWithInfo(file).grid);
    expect(inExcel).toEqual(inFile);
    expect(inFile).toEqual(second.tracked.history);
  });
});
