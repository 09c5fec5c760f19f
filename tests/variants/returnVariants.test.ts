import { readFileSync } from "node:fs";
import { consolidate } from "../../src/engine/consolidate";
import { expectedRoster, returnFile, submissionSet } from "../engine/consolidate/submissionFixtures";
import { generateReturnVariant, type ReturnVariant } from "./returns/generateReturnVariant";
import { problemFindings, reportFindings } from "./returns/returnFindings";
import { variantIndices } from "./variantSelection";

// The fixture return sets rewritten into seeded variants (tests/variants/returns/): report columns worded in
// uk, ru, bg or en, statuses in other forms and capitalisation, numbers with other thousands separators,
// percentages and "N of M", plan columns dropped, .xlsx/.xls/.ods. The expected consolidation must not
// change beyond the raw texts. PLANCHECK_VARIANTS=N sets the count; PLANCHECK_VARIANT=r003#2 runs one.

const SETS = ["000", "003"] as const;

const cases = SETS.flatMap((id) => {
  const set = submissionSet(id);
  const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
  return variantIndices(`r${id}`, 8).map((index) => {
    const variant = generateReturnVariant(id, set.returnPaths, read, set.expected, index);
    return [`${variant.id} [${variant.applied.join("; ")}]`, variant, set.plan] as const;
  });
});

describe.each(cases)("return variant %s", (_name, variant: ReturnVariant, plan) => {
  const returns = variant.files.map((f) => returnFile(f.name, new Uint8Array(f.bytes)));
  const result = consolidate(plan, returns, { roster: expectedRoster(variant.expected) });

  it("reads every report with its executor, match, status, value and text, as expected", () => {
    expect(reportFindings(variant.expected, result)).toEqual([]);
  });

  it("lists exactly the expected unmatched rows, conflicts, warnings and file attributions", () => {
    expect(problemFindings(variant.expected, result)).toEqual([]);
  });
});
