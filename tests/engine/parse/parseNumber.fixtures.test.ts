import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../../src/engine/grid/CellValue";
import { parseNumber } from "../../../src/engine/parse/parseNumber";

type Report = { value_raw: CellValue; value_number: number | null; sub_rows?: Report[] };
type Consolidation = { measures: { measure_id: string; reports: Report[] }[] };

const SUBMISSIONS = join(__dirname, "..", "..", "fixtures", "submissions");

const values = ["000", "003"].flatMap((plan) => {
  const file = join(SUBMISSIONS, plan, `expected_consolidation_${plan}.json`);
  const consolidation = JSON.parse(readFileSync(file, "utf8")) as Consolidation;
  return consolidation.measures.flatMap((measure) =>
    measure.reports
      .flatMap((report) => [report, ...(report.sub_rows ?? [])])
      .map((report) => ({ id: measure.measure_id, raw: report.value_raw, expected: report.value_number })),
  );
});

describe("parseNumber on the agency returns", () => {
  it("reads report values typed as text", () => {
    expect(values.filter((v) => typeof v.raw === "string").length).toBeGreaterThanOrEqual(8);
  });

  it.each(values)("$id: $raw", ({ raw, expected }) => {
    const parsed = parseNumber(raw);
    expect(parsed.kind === "number" ? parsed.value : null).toEqual(expected);
  });
});
