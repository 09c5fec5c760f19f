import {
  consolidate,
  EMPTY_HISTORY,
  planHash,
  readPeriod,
  trackPeriod,
  type Consolidation,
  type History,
  type MeasureProgress,
  type Progress,
  type ReturnFile,
} from "../../../../src/engine/consolidate";
import { expectedRoster, submissionSet } from "../submissionFixtures";
import { ruse2025, sheetOf } from "./nextPeriodReturns";

// Plan 003 (Ruse, 2024-2027) with its 2024 returns, and 2025 returns generated from them: RUO-Русе is silent,
// priority 2 is reported done with new values, measure 5/3.3 (baseline 0, target 90) moves from 11 to 45,
// measures 5/3.1 and 5/3.2 (due by 31.12.2025) are still in progress.
const set = submissionSet("003");
const hash = planHash(set.plan);
// The coordinator's roster (the six agencies), without file names: next year's files are named otherwise.
const roster = expectedRoster(set.expected, false);
const p2 = sheetOf(set, "Приоритет 2");
const p5 = sheetOf(set, "Приоритет 5");
const returns2025 = ruse2025(set);

function run(returns: readonly ReturnFile[], label: string, earlier: History) {
  const result = consolidate(set.plan, returns, { roster });
  const period = readPeriod(label);
  if (period === null) throw new Error(label);
  return {
    result,
    ...trackPeriod({
      result,
      period,
      earlier,
      planHash: hash,
      planPeriod: set.plan.period,
      locale: "bg",
    }),
  };
}

function progressOf(progress: Progress, result: Consolidation, sheet: string, key: string): MeasureProgress {
  const at = result.measures.findIndex((m) => m.measure.sheet === sheet && m.measure.key === key);
  const found = progress.measures[at];
  if (found === undefined) throw new Error(`${sheet} ${key} not found`);
  return found;
}

describe("two periods of plan 003: 2024 from the fixture returns, 2025 generated from them", () => {
  const first = run(set.returns, "2024", EMPTY_HISTORY);
  const second = run(returns2025, "2025", first.history);

  it("keeps both periods in the history, in order, each with every measure and the executors' counts", () => {
    expect(second.history.periods.map((p) => p.period.label)).toEqual(["2024", "2025"]);
    expect(second.history.periods[0]).toEqual(first.history.periods[0]);
    for (const record of second.history.periods) {
      expect(record.planHash).toBe(hash);
      expect(record.measures).toHaveLength(37);
    }
    const ruo = (i: number) => second.history.periods[i]?.executors.find((e) => e.id === "ruo");
    expect(ruo(0)).toMatchObject({ expected: 4, reported: 4 });
    expect(ruo(1)).toMatchObject({ expected: 4, reported: 0 });
  });

  it("gives each measure its status in every period; the silent executor's measures are not reported in 2025", () => {
    const { progress, result } = second;
    const ruoMeasures = result.measures.filter((m) => m.expected.includes("ruo"));
    expect(ruoMeasures).toHaveLength(4);
    for (const m of ruoMeasures) {
      const p = progress.measures[result.measures.indexOf(m)];
      expect(p?.statuses[1]).toBe("not_reported");
      expect(p?.statuses[0]).toBe(first.result.measures[result.measures.indexOf(m)]?.status);
      expect(p?.statuses[0]).not.toBe("not_reported");
    }
  });

  it("marks measures moved to done with their first period done, values per period and the change", () => {
    const { progress, result } = second;
    const m = progressOf(progress, result, p2, "2.1");
    expect(m.statuses).toEqual(["in_progress", "done"]);
    expect(m.firstDone?.label).toBe("2025");
    expect(m.movedToDone).toBe(true);
    const row = result.measures[progress.measures.indexOf(m)]?.reports[0]?.row ?? 0;
    expect(m.values).toEqual([3412, 5000 + row]);
    expect(m.change).toBe(5000 + row - 3412);
    // every priority-2 measure whose executors all reported done is done in 2025 and counted as moved
    const moved = progress.measures.filter((x) => x.movedToDone).map((x) => x.result.measure.sheet);
    expect(new Set(moved)).toEqual(new Set([p2]));
    expect(progress.movedToDone).toBe(moved.length);
  });

  it("computes achievement against the target from the plan's baseline: 11 of 90 in 2024, 45 of 90 in 2025", () => {
    const before = progressOf(first.progress, first.result, p5, "3.3");
    const after = progressOf(second.progress, second.result, p5, "3.3");
    expect(before.bounds).toEqual({ baseline: 0, target: 90 });
    expect(before.achievement).toBeCloseTo(11 / 90, 10);
    expect(after.achievement).toBeCloseTo(0.5, 10);
    expect(after.values).toEqual([11, 45]);
    expect(after.change).toBe(34);
  });

  it("flags as overdue a measure due by 31.12.2025 and not done in 2025, not in 2024", () => {
    for (const key of ["3.1", "3.2"]) {
      expect(progressOf(first.progress, first.result, p5, key).overdue).toBe(false);
      const late = progressOf(second.progress, second.result, p5, key);
      expect(late.result.measure.deadline?.end).toBe("2025-12-31");
      expect(late.statuses[1]).toBe("in_progress");
      expect(late.overdue).toBe(true);
    }
    expect(second.progress.overdue).toBe(second.progress.measures.filter((m) => m.overdue).length);
    // measures running to 2027 are not overdue in 2025
    expect(progressOf(second.progress, second.result, p5, "3.3").overdue).toBe(false);
  });

  it("is idempotent: re-running 2025 replaces only 2025 and gives the same history", () => {
    const again = run(returns2025, "2025", second.history);
    expect(again.history).toEqual(second.history);
    const twice = run(returns2025, "2025", again.history);
    expect(twice.history).toEqual(second.history);
  });

  it("re-running 2024 with other returns replaces 2024 and leaves 2025 as it was", () => {
    const rerun = run(
      set.returns.filter((f) => !f.name.startsWith("RZI")),
      "2024",
      second.history,
    );
    expect(rerun.history.periods.map((p) => p.period.label)).toEqual(["2024", "2025"]);
    expect(rerun.history.periods[1]).toEqual(second.history.periods[1]);
    expect(rerun.history.periods[0]).not.toEqual(second.history.periods[0]);
    // as of 2024, later periods are shown but not counted
    const m = progressOf(rerun.progress, rerun.result, p2, "2.1");
    expect(m.statuses).toEqual(["not_reported", "done"]);
    expect(m.firstDone).toBeNull();
    expect(rerun.progress.evaluation).toBeNull();
  });

  it("evaluates the whole plan in its last period (2027): never done, short of target, never reported", () => {
    const last = run(returns2025, "2027", second.history);
    expect(last.history.periods.map((p) => p.period.label)).toEqual(["2024", "2025", "2027"]);
    const evaluation = last.progress.evaluation;
    if (evaluation === null) throw new Error("no evaluation in the plan's last period");
    const doneEver = new Set(
      last.progress.measures.filter((m) => m.statuses.includes("done")).map((m) => m.result.measure),
    );
    expect(evaluation.neverDone).toEqual(
      last.result.measures
        .filter((m) => !doneEver.has(m.measure) && m.status !== "not_applicable")
        .map((m) => m.measure),
    );
    expect(evaluation.neverDone.length).toBeGreaterThan(0);
    expect(evaluation.shortOfTarget.map((s) => [s.measure.key, s.value, s.target])).toEqual([
      ["3.3", 45, 90],
      ["4.5", null, 10],
    ]);
    const silentEverywhere = last.history.periods[0]?.executors
      .filter(
        (e) =>
          e.expected > 0 &&
          last.history.periods.every((p) => (p.executors.find((x) => x.id === e.id)?.reported ?? 0) === 0),
      )
      .map((e) => e.id);
    expect(evaluation.neverReported.map((e) => e.id).sort()).toEqual([...(silentEverywhere ?? [])].sort());
    // the agency that sent nothing in 2024 (the fixture's roster line without a file) never reported; RUO, silent
    // in 2025 and 2027, reported in 2024
    const without = set.expected.roster.filter((r) => r.file === null).map((r) => r.agency);
    expect(without).toEqual(["kzd"]);
    expect(evaluation.neverReported.map((e) => e.id)).toEqual(without);
  });
});
