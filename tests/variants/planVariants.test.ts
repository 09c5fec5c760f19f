import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook } from "../../src/engine";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { planFixtures } from "../helpers/fixtures";
import { generatePlanVariant, type PlanVariant } from "./plan/generatePlanVariant";
import type { PlanTruth } from "./plan/PlanModel";
import {
  addedRowFindings,
  deadlineFindings,
  errorFindings,
  measureFindings,
  numberingFindings,
} from "./plan/planFindings";
import { variantIndices } from "./variantSelection";

// Every fixture plan rewritten into seeded variants (tests/variants/plan/): other header wordings in uk, ru,
// bg and en, columns reordered, hierarchy in columns, totals, notes, page numbers, signatures, deadlines in
// every writing, .xlsx/.xls/.ods. On each, the truth's measures, missing cells and deadlines must come out
// unchanged. PLANCHECK_VARIANTS=N sets the variants per fixture; PLANCHECK_VARIANT=003#7 runs one;
// PLANCHECK_VARIANT_OUT=dir also writes each variant's workbook there.

const OUT = process.env.PLANCHECK_VARIANT_OUT;

const cases = planFixtures().flatMap(({ truth, bytes }) =>
  variantIndices(truth.plan_id).map((index) => {
    const variant = generatePlanVariant(truth as unknown as PlanTruth, bytes, index);
    if (OUT !== undefined) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `${variant.id.replace("#", "-")}.${variant.format}`), variant.bytes);
      writeFileSync(
        join(OUT, `${variant.id.replace("#", "-")}.json`),
        JSON.stringify({ ...variant, bytes: undefined, labels: [...variant.labels] }, null, 1),
      );
    }
    return [`${variant.id} [${variant.applied.join("; ")}]`, variant] as const;
  }),
);

describe.each(cases)("plan variant %s", (_name, variant: PlanVariant) => {
  const { plan, result } = validateWorkbook(readWorkbook(variant.bytes));

  it("finds every truth measure at its (moved) sheet and row, and nothing else", () => {
    expect(measureFindings(variant, plan)).toEqual([]);
  });

  it("flags exactly the truth's missing cells as errors", () => {
    expect(errorFindings(variant, result)).toEqual([]);
  });

  it("normalises every deadline to the truth's {kind, start, end}", () => {
    expect(deadlineFindings(variant, plan)).toEqual([]);
  });

  it("never reads totals, notes, page numbers, signatures, titles or header rows as measures", () => {
    expect(addedRowFindings(variant, plan)).toEqual([]);
  });

  it("takes numbers restarting per goal for no duplicates or gaps", () => {
    expect(numberingFindings(variant, result)).toEqual([]);
  });
});
