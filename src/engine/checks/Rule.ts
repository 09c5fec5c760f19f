import type { WorkbookGrid } from "../grid/SheetGrid";
import type { Plan, PlanPeriod } from "../plan/Plan";
import type { Settings } from "../settings/Settings";
import type { AnyIssue } from "./Issue";

/** What every rule sees: the parsed plan, the settings, and the plan period in force. */
export type RuleContext = {
  readonly plan: Plan;
  readonly settings: Settings;
  /** Settings' period if set, else the one read from the title; null when neither exists. */
  readonly period: PlanPeriod | null;
  /** The workbook the plan was read from, when the host gave it (rules about raw cells read it). */
  readonly grid: WorkbookGrid | null;
};

/** A check: reads the plan, reports findings through `report`. One rule per file under rules/. */
export type Rule = {
  readonly name: string;
  check(context: RuleContext, report: (issue: AnyIssue) => void): void;
};
