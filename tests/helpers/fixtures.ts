import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "fixtures");
export const PLANS_DIR = join(FIXTURES, "plans");

type TruthField = {
  present: boolean;
  raw: string | null;
  column: string | null;
  normalized?: { kind: string; start: string | null; end: string | null } | null;
};

export type TruthMeasure = {
  id: string;
  sheet: string;
  row: number;
  match_key: string;
  measure_text: string;
  path: Record<string, unknown>;
  fields: Record<string, TruthField>;
  sub_rows?: Array<{ row: number }>;
};

export type Truth = {
  plan_id: string;
  language: string;
  workbook: string;
  title: { text: string };
  measures: TruthMeasure[];
  missing_fields: Record<string, string[]>;
  anomalies: Array<{
    type: string;
    where: { sheet?: string; row?: number; rows?: number[] };
    detail: string;
  }>;
  sheets: Array<{
    name: string;
    header_rows: number[];
    section_rows: Array<{ row: number }>;
    footer_rows: number[];
  }>;
};

/** Every plan fixture with its ground truth and workbook bytes. */
export function planFixtures(): Array<{ name: string; truth: Truth; bytes: Uint8Array }> {
  return readdirSync(PLANS_DIR)
    .filter((file) => file.endsWith(".truth.json"))
    .sort()
    .map((file) => {
      const truth = JSON.parse(readFileSync(join(PLANS_DIR, file), "utf8")) as Truth;
      return {
        name: truth.workbook,
        truth,
        bytes: new Uint8Array(readFileSync(join(PLANS_DIR, truth.workbook))),
      };
    });
}
