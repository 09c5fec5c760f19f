import { aggregateStatus, findConflicts } from "./status";
import type {
  Conflict,
  Consolidation,
  ExecutorSummary,
  FileResult,
  MeasureResult,
  Report,
  UnmatchedRow,
} from "./Consolidation";
import { normalFileName } from "./identify";
import type { IndexedMeasure } from "./match";
import { makeProblem, type AnyProblem } from "./problems";
import type { Roster } from "./roster";

export type FinishInput = {
  readonly roster: Roster;
  readonly measures: readonly IndexedMeasure[];
  readonly expected: readonly (readonly string[])[];
  readonly reports: readonly (readonly Report[])[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly files: readonly FileResult[];
  readonly problems: readonly AnyProblem[];
};

/**
 * Per measure: expected, reported, missing and unexpected executors, conflicts and an aggregate status; per
 * executor: the share of its measures reported; roster lines whose file never came.
 */
export function finishConsolidation(input: FinishInput): Consolidation {
  const order = new Map(input.roster.entries.map((entry, i) => [entry.id, i]));
  const byRoster = (a: string, b: string): number => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9);
  const conflicts: Conflict[] = [];
  const problems: AnyProblem[] = [...input.problems];
  const measures: MeasureResult[] = input.measures.map((target, i) => {
    const reports = input.reports[i] ?? [];
    const expected = input.expected[i] ?? [];
    const reported = [...new Set(reports.flatMap((r) => (r.executor === null ? [] : [r.executor])))].sort(
      byRoster,
    );
    const missing = expected.filter((id) => !reported.includes(id));
    const unexpected = reported.filter((id) => !expected.includes(id));
    const found = findConflicts(target, reports);
    conflicts.push(...found.conflicts);
    problems.push(...found.problems);
    const { measure } = target;
    for (const id of unexpected) {
      const first = reports.find((r) => r.executor === id);
      problems.push(
        makeProblem(
          "reported-not-expected",
          {
            file: first?.file ?? null,
            sheet: first?.sheet ?? null,
            row: first?.row ?? null,
            executor: id,
            measure: { sheet: measure.sheet, rowIndex: measure.rowIndex },
          },
          { responsible: measure.fields.responsible?.text ?? "" },
        ),
      );
    }
    return {
      measure,
      expected,
      reported,
      missing,
      unexpected,
      reports,
      status: aggregateStatus(reports, missing.length),
      conflict: found.conflicts.length > 0,
    };
  });
  const executors = summaries(input, measures);
  problems.push(...rosterProblems(input, executors));
  return {
    roster: input.roster,
    measures,
    unmatched: input.unmatched,
    conflicts,
    files: input.files,
    executors,
    problems,
  };
}

function summaries(input: FinishInput, measures: readonly MeasureResult[]): ExecutorSummary[] {
  const counts = new Map(
    input.roster.entries.map((entry) => [entry.id, { expected: 0, reported: 0, unexpected: 0 }]),
  );
  const bump = (ids: readonly string[], field: "expected" | "reported" | "unexpected"): void => {
    for (const id of ids) {
      const count = counts.get(id);
      if (count !== undefined) count[field]++;
    }
  };
  for (const m of measures) {
    bump(m.expected, "expected");
    bump(m.reported, "reported");
    bump(m.unexpected, "unexpected");
  }
  const files = new Map<string, string[]>();
  for (const f of input.files)
    if (f.executor !== null) files.set(f.executor, [...(files.get(f.executor) ?? []), f.file]);
  return input.roster.entries.map((entry) => {
    const {
      expected,
      reported: all,
      unexpected,
    } = counts.get(entry.id) ?? { expected: 0, reported: 0, unexpected: 0 };
    const reported = all - unexpected;
    return {
      id: entry.id,
      name: entry.name,
      files: files.get(entry.id) ?? [],
      expected,
      reported,
      missing: expected - reported,
      unexpected,
      share: expected === 0 ? null : reported / expected,
    };
  });
}

function rosterProblems(input: FinishInput, executors: readonly ExecutorSummary[]): AnyProblem[] {
  const problems: AnyProblem[] = [];
  const given = new Set(input.files.map((f) => normalFileName(f.file.split(/[\\/]/).pop() ?? f.file)));
  for (const entry of input.roster.entries) {
    if (entry.file !== null && !given.has(normalFileName(entry.file)))
      problems.push(makeProblem("return-missing", { executor: entry.id }, { file: entry.file }));
    const summary = executors.find((s) => s.id === entry.id);
    if (input.roster.source === "roster" && summary !== undefined && summary.expected === 0)
      problems.push(makeProblem("executor-not-in-plan", { executor: entry.id }, {}));
  }
  return problems;
}
