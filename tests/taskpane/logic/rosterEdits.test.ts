import type { ExecutorEntry } from "../../../src/engine/consolidate";
import {
  addAlias,
  addEntry,
  mergeEntries,
  removeAlias,
  removeEntry,
  renameEntry,
} from "../../../src/taskpane/logic/roster/rosterEdits";
import { joinSaved, splitSaved } from "../../../src/taskpane/logic/roster/storedRoster";
import { executorChoices } from "../../../src/taskpane/logic/imports/executorChoices";

const entry = (id: string, name: string, aliases: string[] = [], byConsent = false): ExecutorEntry => ({
  id,
  name,
  aliases,
  file: null,
  byConsent,
});
const ROSTER = [
  entry("dszn", "Департамент соціального захисту населення", ["ДСЗН"]),
  entry("dszn-2", "Департамент соц. захисту"),
  entry("vtsa", "військово-цивільні адміністрації", [], true),
];

describe("executors list corrections", () => {
  it("keeps the old name as a spelling when a name is corrected", () => {
    expect(renameEntry(ROSTER, "dszn-2", "  Департамент   соцзахисту ")[1]).toEqual(
      entry("dszn-2", "Департамент соцзахисту", ["Департамент соц. захисту"]),
    );
    expect(renameEntry(ROSTER, "dszn-2", "   ")).toBe(ROSTER);
  });

  it("merges an entry into another: its names become spellings, by consent if either is", () => {
    const merged = mergeEntries(ROSTER, "dszn", "vtsa");
    expect(merged.map((e) => e.id)).toEqual(["dszn", "dszn-2"]);
    expect(merged[0]).toEqual(
      entry("dszn", ROSTER[0]!.name, ["ДСЗН", "військово-цивільні адміністрації"], true),
    );
    expect(mergeEntries(ROSTER, "dszn", "dszn")).toBe(ROSTER);
    expect(mergeEntries(ROSTER, "dszn", "nobody")).toBe(ROSTER);
  });

  it("adds spellings once and removes them", () => {
    const added = addAlias(ROSTER, "dszn", "дсзн");
    expect(added[0]!.aliases).toEqual(["ДСЗН"]);
    expect(addAlias(ROSTER, "dszn", "Соцзахист")[0]!.aliases).toEqual(["ДСЗН", "Соцзахист"]);
    expect(removeAlias(ROSTER, "dszn", "ДСЗН")[0]!.aliases).toEqual([]);
  });

  it("adds an executor with a unique id from its name, not twice, and removes one", () => {
    const added = addEntry(ROSTER, "Обласний центр зайнятості (за згодою)", "uk");
    expect(added.at(-1)).toMatchObject({ name: "Обласний центр зайнятості (за згодою)", byConsent: true });
    expect(added.at(-1)!.id).toMatch(/^oblasnyi-tsentr/);
    expect(addEntry(ROSTER, "дсзн", "uk")).toBe(ROSTER);
    expect(removeEntry(ROSTER, "vtsa").map((e) => e.id)).toEqual(["dszn", "dszn-2"]);
  });
});

describe("the executors list in the saved settings object", () => {
  it("reads settings saved before the list existed as settings without a list", () => {
    expect(splitSaved({ maxIssues: 5 })).toEqual({
      settings: { maxIssues: 5 },
      roster: null,
      rosterInvalid: false,
    });
    expect(splitSaved(null)).toEqual({ settings: null, roster: null, rosterInvalid: false });
  });

  it("saves the list beside the settings and reads it back (files are not saved)", () => {
    const saved = joinSaved({ maxIssues: 5 }, [{ ...ROSTER[0]!, file: "x.xlsx" }]);
    expect(saved).toEqual({
      maxIssues: 5,
      roster: { v: 1, entries: [{ id: "dszn", name: ROSTER[0]!.name, aliases: ["ДСЗН"], byConsent: false }] },
    });
    expect(splitSaved(saved)).toEqual({
      settings: { maxIssues: 5 },
      roster: [ROSTER[0]],
      rosterInvalid: false,
    });
    expect(joinSaved({ maxIssues: 5 }, null)).toEqual({ maxIssues: 5 });
  });

  it("ignores a list it cannot read and says so", () => {
    expect(splitSaved({ maxIssues: 5, roster: { v: 2 } })).toEqual({
      settings: { maxIssues: 5 },
      roster: null,
      rosterInvalid: true,
    });
  });
});

describe("executors offered for a file", () => {
  it("lists the executors the engine hesitated between first, then everyone else", () => {
    const choices = executorChoices(ROSTER, ["vtsa"]);
    expect(choices.map((c) => [c.id, c.kind])).toEqual([
      ["vtsa", "likely"],
      ["dszn", "other"],
      ["dszn-2", "other"],
    ]);
  });
});
