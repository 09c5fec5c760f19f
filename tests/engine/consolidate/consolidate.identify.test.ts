import { consolidate } from "../../../src/engine/consolidate/consolidate";
import { byMeasureId, expectedRoster, submissionSet } from "./submissionFixtures";

const SETS = ["000", "003"] as const;

describe.each(SETS)("identifying the executors of the %s returns", (id) => {
  const set = submissionSet(id);

  it("infers every file's executor from the responsible cells when the roster lists no files", () => {
    const result = consolidate(set.plan, set.returns, { roster: expectedRoster(set.expected, false) });
    const wanted = new Map(set.expected.roster.map((a) => [a.file, a.agency]));
    expect(result.files.map((f) => [f.file, f.executor, f.identifiedBy])).toEqual(
      result.files.map((f) => [f.file, wanted.get(f.file), "responsible"]),
    );
  });

  it("identifies every file without any roster, as the executor whose measures the truth lists", () => {
    const result = consolidate(set.plan, set.returns);
    expect(result.roster.source).toBe("plan");
    for (const file of result.files) {
      const agency = set.expected.roster.find((a) => a.file === file.file);
      const mine = result.measures.filter(
        (m) => file.executor !== null && m.expected.includes(file.executor),
      );
      const truth = agency?.expected_measures.map((mid) => byMeasureId(set.expected, mid)) ?? [];
      expect({
        file: file.file,
        by: file.identifiedBy,
        measures: mine.map((m) => m.measure.rowIndex + 1),
      }).toEqual({
        file: file.file,
        by: "responsible",
        measures: truth.map((t) => t.row),
      });
    }
  });
});
