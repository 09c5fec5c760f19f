import type { Plan } from "../../plan/Plan";
import type { FieldRole } from "../../table/FieldRole";
import { collapseSpace } from "../../text/collapseSpace";
import type { Consolidation, MeasureResult } from "../Consolidation";
import type { Progress } from "../periods";
import { planLanguage } from "../template";
import type {
  FinancingTotal,
  GroupHeading,
  EvaluationSection,
  ImplementationReport,
  MeasureColumns,
  MeasureEntry,
  MeasureGroup,
  MeasureName,
  MeasuresSection,
  ProgressSection,
  ReportPeriod,
  ReportSection,
  SummarySection,
} from "./ImplementationReport";
import { measureEntry, sum } from "./measureEntry";
import { statusCounts } from "./statusCounts";

export type ReportOptions = {
  /** The period reported on (see choosePeriod). */
  readonly period: ReportPeriod;
  /** The language the report is written in; default: the plan's. */
  readonly language?: "uk" | "bg" | "en" | undefined;
  /**
   * The consolidation filed after the earlier periods (see trackPeriod): the report then shows the measures
   * across the periods and, in the plan's last period, the evaluation of the whole plan.
   */
  readonly progress?: Progress | null | undefined;
};

/**
 * The report for the head from a consolidation of the plan's returns: a summary (measures by status for the
 * plan and per goal, who did not report), then goal by goal in plan order every measure with its status,
 * its executors' report texts, indicator values against baseline and target and financing planned against
 * spent where the plan has those columns, overdue measures marked. Reads the consolidation once.
 */
export function buildImplementationReport(
  plan: Plan,
  result: Consolidation,
  options: ReportOptions,
): ImplementationReport {
  const language = options.language ?? planLanguage(plan);
  const names = new Map(result.roster.entries.map((entry) => [entry.id, entry.name]));
  const positions = new Map(result.roster.entries.map((entry, i) => [entry.id, i]));
  const unknown = result.roster.entries.length;
  const financing =
    hasRole(plan, "financing") ||
    hasRole(plan, "financingAmount") ||
    hasRole(plan, "fundsSpent") ||
    result.measures.some((m) => m.reports.some((r) => r.fundsSpent !== null));
  const ctx = {
    period: options.period,
    language,
    name: (id: string | null) => (id === null ? null : (names.get(id) ?? id)),
    order: (id: string | null) => (id === null ? unknown : (positions.get(id) ?? unknown)),
    financing,
  };
  const groups = groupMeasures(plan, result.measures, (m) => measureEntry(m, ctx), financing);
  const entries = groups.flatMap((group) => group.measures);
  const columns: MeasureColumns = {
    indicator: hasRole(plan, "indicator"),
    baseline: hasRole(plan, "baseline") || hasRole(plan, "currentValue"),
    target: hasRole(plan, "targetValue"),
    achieved: hasRole(plan, "indicator") || entries.some((entry) => entry.achieved.length > 0),
    financing,
  };
  const summary: SummarySection = {
    kind: "summary",
    counts: statusCounts(entries),
    goals: groups
      .filter((group) => group.goal !== null || group.part !== null)
      .map((group) => ({ part: group.part, goal: group.goal, counts: statusCounts(group.measures) })),
    silent: result.executors
      .filter((e) => e.expected > 0 && e.reported === 0)
      .map((e) => ({ id: e.id, name: e.name, expected: e.expected, returnedFile: e.files.length > 0 })),
    partial: result.executors
      .filter((e) => e.reported > 0 && e.missing > 0)
      .map((e) => ({ id: e.id, name: e.name, expected: e.expected, reported: e.reported })),
  };
  const measures: MeasuresSection = {
    kind: "measures",
    columns,
    groups,
    financing: financing ? financingTotal(entries) : null,
  };
  return {
    language,
    planTitle: plan.title === null ? null : collapseSpace(plan.title) || null,
    period: options.period,
    returns: result.files.length,
    sections: [summary, ...progressSections(options.progress ?? null), measures],
  };
}

function measureName(m: { readonly number: string | null; readonly text: string }): MeasureName {
  return { number: m.number === null ? null : collapseSpace(m.number) || null, text: collapseSpace(m.text) };
}

/** The evaluation (in the plan's last period) and the progress across periods, from the tracked history. */
function progressSections(progress: Progress | null): ReportSection[] {
  if (progress === null) return [];
  const sections: ReportSection[] = [];
  const evaluation = progress.evaluation;
  if (evaluation !== null) {
    const section: EvaluationSection = {
      kind: "evaluation",
      neverDone: evaluation.neverDone.map(measureName),
      shortOfTarget: evaluation.shortOfTarget.map((s) => ({
        ...measureName(s.measure),
        value: s.value,
        target: s.target,
        achievement: s.achievement,
      })),
      neverReported: evaluation.neverReported.map((e) => ({ name: e.name, expected: e.expected })),
    };
    sections.push(section);
  }
  const section: ProgressSection = {
    kind: "progress",
    periods: progress.periods.map((p) => p.label),
    current: progress.current,
    movedToDone: progress.movedToDone,
    overdue: progress.overdue,
    measures: progress.measures.map((m) => ({
      ...measureName(m.result.measure),
      statuses: m.statuses,
      firstDone: m.firstDone?.label ?? null,
      overdue: m.overdue,
      value: m.value,
      change: m.change,
      achievement: m.achievement,
    })),
  };
  sections.push(section);
  return sections;
}

function hasRole(plan: Plan, role: FieldRole): boolean {
  return plan.sheets.some((sheet) =>
    sheet.tables.some((table) => table.columns.some((c) => c.role === role)),
  );
}

/**
 * Consecutive measures under the same goal of the same part form a group. The parts are the sheets when the
 * plan's measures are on several, else its sections (when it has them).
 */
function groupMeasures(
  plan: Plan,
  measures: readonly MeasureResult[],
  entry: (m: MeasureResult) => MeasureEntry,
  financing: boolean,
): MeasureGroup[] {
  const sheets = plan.sheets.filter((sheet) => sheet.measures.length > 0).length;
  const groups: (GroupHeading & { key: string; measures: MeasureEntry[] })[] = [];
  for (const result of measures) {
    const m = result.measure;
    const part = sheets > 1 ? m.sheet : m.section === null ? null : collapseSpace(m.section.text) || null;
    const goal = m.goal === null ? null : collapseSpace(m.goal.text) || null;
    const key = `${m.sheet}\u0000${part ?? ""}\u0000${m.goal?.rowIndex ?? -1}`;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.key === key) last.measures.push(entry(result));
    else groups.push({ key, part, goal, measures: [entry(result)] });
  }
  return groups.map(({ part, goal, measures: entries }) => ({
    part,
    goal,
    measures: entries,
    financing: financing ? financingTotal(entries) : null,
  }));
}

function financingTotal(entries: readonly MeasureEntry[]): FinancingTotal {
  return {
    planned: sum(entries.map((e) => e.financing?.planned ?? null)),
    spent: sum(entries.map((e) => e.financing?.spent ?? null)),
  };
}
