import type { Severity } from "../checks/IssueCode";
import type { UnmatchedReason } from "./matchRow";

/**
 * What consolidation finds worth telling, with the parameters its message needs. Stable kebab-case codes:
 * they appear in JSON output and in the message catalogues (a code without a message fails to compile).
 */
export type ProblemParams = {
  "unmatched-row": { reason: UnmatchedReason; key: string; text: string };
  conflict: { fields: string; rows: string };
  "executor-unknown": { candidates: string };
  "reported-not-expected": { responsible: string };
  "status-blank": Record<string, never>;
  "status-unrecognised": { raw: string };
  "text-changed": { similarity: number; text: string };
  "number-changed": { key: string; planKey: string };
  "number-as-text": { field: string; raw: string; value: number };
  "value-not-number": { field: string; raw: string };
  "formula-like-text": { field: string; text: string };
  "duplicate-identical": { rows: string };
  "no-report-rows": Record<string, never>;
  "template-other-plan": { planFile: string };
  "return-missing": { file: string };
  "executor-not-in-plan": Record<string, never>;
};

export type ProblemCode = keyof ProblemParams;

export const PROBLEM_SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  "unmatched-row": "error",
  conflict: "error",
  "executor-unknown": "error",
  "reported-not-expected": "warning",
  "status-blank": "warning",
  "status-unrecognised": "warning",
  "text-changed": "warning",
  "number-changed": "warning",
  "number-as-text": "warning",
  "value-not-number": "info",
  "formula-like-text": "warning",
  "duplicate-identical": "info",
  "no-report-rows": "warning",
  "template-other-plan": "warning",
  "return-missing": "warning",
  "executor-not-in-plan": "warning",
};

export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];

/** Where a problem is: a return row (file, sheet, 1-based row), a file, or an executor; and the measure. */
export type Problem<K extends ProblemCode = ProblemCode> = {
  readonly code: K;
  readonly severity: Severity;
  readonly file: string | null;
  readonly sheet: string | null;
  readonly row: number | null;
  /** Roster id of the executor concerned, or null. */
  readonly executor: string | null;
  /** The plan measure concerned (its sheet and 1-based first row), or null. */
  readonly measure: { readonly sheet: string; readonly row: number } | null;
  readonly params: ProblemParams[K];
};

export type AnyProblem = { [K in ProblemCode]: Problem<K> }[ProblemCode];

export type ProblemPlace = Omit<Problem, "code" | "severity" | "params">;

export function makeProblem<K extends ProblemCode>(
  code: K,
  place: Partial<ProblemPlace>,
  params: ProblemParams[K],
): Problem<K> {
  return {
    code,
    severity: PROBLEM_SEVERITY[code],
    file: place.file ?? null,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    executor: place.executor ?? null,
    measure: place.measure ?? null,
    params,
  };
}
