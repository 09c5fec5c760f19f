import {
  type Consolidation,
  consolidationTotals,
  type ConsolidationTotals,
  type Plan,
  type Report,
} from "../../engine";
import type { Locale } from "../../i18n";
import { describeProblem, executorNames } from "../../report";
import type { TrackedConsolidation } from "../trackConsolidation";

/**
 * The `consolidate --json` document. Measures are the plan's (sheet, 1-based first row); executors are
 * named by their roster names in `expected` / `reported` / `missing`, and by name and id in reports; `status`
 * is done, in_progress, not_done, not_applicable or null, with the written text in `statusRaw`; `value` is a
 * number or null, with the cell as written in `valueRaw`.
 */
export function consolidateJson(
  planFile: string,
  plan: Plan,
  result: Consolidation,
  locale: Locale,
  tracked: TrackedConsolidation | null = null,
): object {
  const name = executorNames(result);
  const names = (ids: readonly string[]): string[] => ids.map(name);
  return {
    plan: { file: planFile, title: plan.title },
    language: locale,
    ...(tracked === null ? {} : { period: { ...tracked.period, source: tracked.source } }),
    summary: jsonSummary(result),
    roster: {
      source: result.roster.source,
      executors: result.roster.entries.map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        file: e.file,
      })),
    },
    executors: result.executors,
    files: result.files.map((f) => ({ ...f, executorName: f.executor === null ? null : name(f.executor) })),
    measures: result.measures.map((m, i) => ({
      sheet: m.measure.sheet,
      row: m.measure.rowIndex + 1,
      key: m.measure.key,
      number: m.measure.number?.trim() ?? null,
      text: m.measure.text,
      status: m.status,
      expected: names(m.expected),
      reported: names(m.reported),
      missing: names(m.missing),
      unexpected: names(m.unexpected),
      conflict: m.conflict,
      reports: m.reports.map((r) => jsonReport(r, name)),
      ...(tracked === null ? {} : { progress: jsonProgress(tracked, i) }),
    })),
    ...(tracked === null ? {} : { progress: jsonPlanProgress(tracked) }),
    unmatched: result.unmatched.map((u) => ({ ...u, executorId: u.executor, executor: name(u.executor) })),
    conflicts: result.conflicts.map((c) => ({
      executor: name(c.executor),
      executorId: c.executor,
      sheet: c.measure.sheet,
      row: c.measure.rowIndex + 1,
      rows: c.rows,
      fields: c.fields,
    })),
    problems: result.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      file: p.file,
      sheet: p.sheet,
      row: p.row,
      executor: p.executor === null ? null : name(p.executor),
      measure: p.measure,
      message: describeProblem(p, locale, name),
      params: p.params,
    })),
  };
}

function jsonReport(r: Report, name: (id: string | null) => string): object {
  return {
    executor: name(r.executor),
    executorId: r.executor,
    file: r.file,
    sheet: r.sheet,
    row: r.row,
    match: r.match,
    via: r.via,
    similarity: r.similarity,
    status: r.status,
    statusRaw: r.statusRaw,
    value: r.value,
    valueRaw: r.valueRaw,
    text: r.text,
    reasons: r.reasons,
    fundsSpent: r.fundsSpent,
    subRows: r.subRows,
  };
}

/** The JSON summary's fields (unexpected pairs are in the human report and the pane, not in the JSON contract). */
function jsonSummary(result: Consolidation): Omit<ConsolidationTotals, "unexpectedPairs"> {
  const { unexpectedPairs: _unexpected, ...summary } = consolidationTotals(result);
  return summary;
}

/** A measure across the periods: status and value per period (in `progress.periods` order) and what follows. */
function jsonProgress(tracked: TrackedConsolidation, index: number): object | null {
  const m = tracked.progress.measures[index];
  if (m === undefined) return null;
  return {
    statuses: m.statuses.map((s) => (s === undefined ? "absent" : s)),
    values: m.values,
    firstDone: m.firstDone?.label ?? null,
    overdue: m.overdue,
    movedToDone: m.movedToDone,
    change: m.change,
    baseline: m.bounds.baseline,
    target: m.bounds.target,
    achievement: m.achievement,
  };
}

/** The periods kept, the counts across them and, in the plan's last period, the plan-level evaluation. */
function jsonPlanProgress(tracked: TrackedConsolidation): object {
  const { progress } = tracked;
  const at = (m: { sheet: string; rowIndex: number }) => ({ sheet: m.sheet, row: m.rowIndex + 1 });
  const evaluation = progress.evaluation;
  return {
    periods: progress.periods.map((p) => p.label),
    movedToDone: progress.movedToDone,
    overdue: progress.overdue,
    evaluation:
      evaluation === null
        ? null
        : {
            neverDone: evaluation.neverDone.map(at),
            shortOfTarget: evaluation.shortOfTarget.map((s) => ({
              ...at(s.measure),
              value: s.value,
              target: s.target,
              achievement: s.achievement,
            })),
            neverReported: evaluation.neverReported,
          },
  };
}
