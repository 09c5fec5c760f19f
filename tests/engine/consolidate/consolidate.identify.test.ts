import { consolidate } from "../../../src/engine/consolidate/consolidate";
import { Consolidator } from "../../../src/engine/consolidate/Consolidator";
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

describe("the user's choice of executor for a file", () => {
  const set = submissionSet("000");
  const roster = expectedRoster(set.expected, false);

  it("overrides identification, for several files of the same executor too", () => {
    const consolidator = new Consolidator(set.plan, { roster });
    const [first, second] = set.returns;
    consolidator.add(first!, { executor: "db" });
    consolidator.add(second!, { executor: "db" });
    expect(consolidator.finish().files.map((f) => [f.executor, f.identifiedBy, f.candidates])).toEqual([
      ["db", "chosen", ["db"]],
      ["db", "chosen", ["db"]],
    ]);
  });

  it("is ignored when it names no roster entry", () => {
    const consolidator = new Consolidator(set.plan, { roster });
    const result = consolidator.add(set.returns[0]!, { executor: "nobody" });
    expect(result.identifiedBy).toBe("responsible");
  });

  it("finish() is a snapshot that later returns do not change", () => {
    const consolidator = new Consolidator(set.plan, { roster });
    consolidator.add(set.returns[0]!);
    const early = consolidator.finish();
    consolidator.add(set.returns[1]!);
    expect(early.files).toHaveLength(1);
    expect(consolidator.finish().files).toHaveLength(2);
  });
});
