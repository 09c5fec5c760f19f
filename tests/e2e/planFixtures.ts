// The fixture plans and what the engine says about them, computed here in Node with the same code the
// pane runs, so the tests compare the browser with the engine instead of with numbers typed in by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook, type AnyIssue, type Plan, type ValidationResult } from "../../src/engine";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

export const PLANS_DIR = join(__dirname, "..", "fixtures", "plans");

export const PLAN_FILES = [
  "000_luhansk_oblast_roma_plan_2022-2023.xlsx",
  "001_hlukhiv_roma_plan_2024-2025.xlsx",
  "003_ruse_roma_action_plan_2024-2027.xlsx",
];

export type CheckedPlan = {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly plan: Plan;
  readonly result: ValidationResult;
  readonly measures: number;
  /** The findings the list shows (the cap note is a banner, not an item). */
  readonly listed: readonly AnyIssue[];
};

export function checkedPlan(file: string): CheckedPlan {
  const path = join(PLANS_DIR, file);
  const bytes = new Uint8Array(readFileSync(path));
  const { plan, result } = validateWorkbook(readWorkbook(bytes));
  const measures = plan.sheets.reduce((sum, sheet) => sum + sheet.measures.length, 0);
  return {
    path,
    bytes,
    plan,
    result,
    measures,
    listed: result.issues.filter((i) => i.code !== "limit-reached"),
  };
}
