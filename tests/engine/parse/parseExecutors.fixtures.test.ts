import { readFileSync } from "fs";
import { join } from "path";
import { collectAbbreviations } from "../../../src/engine/parse/collectAbbreviations";
import { executorKey } from "../../../src/engine/parse/executorKey";
import { parseExecutors } from "../../../src/engine/parse/parseExecutors";
import { truthMeasures } from "./planFixtures";

type Roster = { roster: { name: string; expected_measures: string[] }[] };

const measures = truthMeasures().map(({ measure }) => measure);
const cells = measures.flatMap((m) => [
  m.fields.responsible?.raw ?? "",
  ...(m.sub_rows ?? []).map((row) => row.responsible?.raw ?? ""),
]);

describe("parseExecutors on every responsible cell of the plan fixtures", () => {
  it.each(cells.map((text) => ({ text })))("$text", ({ text }) => {
    const executors = parseExecutors(text);
    expect(executors.length).toBeGreaterThan(0);
    for (const { name, raw } of executors) {
      expect(name).toBe(name.trim());
      expect(name).not.toMatch(/\s{2}|\n|згодою|съгласие|далі|[.,;]$/);
      expect(text).toContain(raw);
    }
  });
});

describe("parseExecutors names the 000 roster agencies exactly where the consolidation expects them", () => {
  const file = join(
    __dirname,
    "..",
    "..",
    "fixtures",
    "submissions",
    "000",
    "expected_consolidation_000.json",
  );
  const { roster } = JSON.parse(readFileSync(file, "utf8")) as Roster;
  const plan = measures.filter((m) => m.id.startsWith("000"));
  const abbreviations = collectAbbreviations(plan.map((m) => m.fields.responsible?.raw ?? ""));

  it.each(roster)("$name", ({ name, expected_measures }) => {
    const named = plan
      .filter((m) =>
        parseExecutors(m.fields.responsible?.raw ?? "", abbreviations).some(
          (e) => executorKey(e.name) === executorKey(name),
        ),
      )
      .map((m) => m.id);
    expect(named).toEqual(expected_measures);
  });
});
