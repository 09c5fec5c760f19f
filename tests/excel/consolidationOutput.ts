// A real consolidation output to write: plan 000 of the fixtures and its five returns, consolidated by the
// engine and laid out by the pane's output builder (the report builders' sheets plus the chart sheet).
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { Consolidator, type Consolidation } from "../../src/engine/consolidate";
import type { WorkbookGrid } from "../../src/engine";
import type { ConsolidationOutput } from "../../src/excel";
import { buildConsolidationOutput } from "../../src/report/buildConsolidationOutput";
import { submissionSet } from "../engine/consolidate/submissionFixtures";

export type OutputFixture = {
  readonly planGrid: WorkbookGrid;
  readonly result: Consolidation;
  readonly output: ConsolidationOutput;
};

export function outputFixture(): OutputFixture {
  const set = submissionSet("000");
  const consolidator = new Consolidator(set.plan);
  for (const file of set.returns) consolidator.add(file);
  const result = consolidator.finish();
  return {
    planGrid: readWorkbookWithInfo(set.planBytes).grid,
    result,
    output: buildConsolidationOutput(result, "uk", set.plan.title),
  };
}
