import { parseDeadline } from "../../../src/engine/parse/parseDeadline";
import { truthMeasures } from "./planFixtures";

const cases = truthMeasures().map(({ measure }) => ({
  id: measure.id,
  raw: measure.fields.deadline?.raw ?? "",
  normalized: measure.fields.deadline?.normalized,
}));

describe("parseDeadline on the plan fixtures", () => {
  it("finds deadlines in all three plans", () => {
    expect(new Set(cases.map((c) => c.id.slice(0, 3)))).toEqual(new Set(["000", "001", "003"]));
  });

  it.each(cases)("$id: $raw", ({ raw, normalized }) => {
    const deadline = parseDeadline(raw);
    const actual = deadline && { kind: deadline.kind, start: deadline.start, end: deadline.end };
    expect(actual).toEqual(normalized);
  });
});
