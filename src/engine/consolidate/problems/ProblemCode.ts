import type { Severity } from "../../checks/IssueCode";
import type { UnmatchedReason } from "../match";
import type { ExceededLimit } from "../../values";

/**
 * What consolidation finds worth telling, with the parameters its message needs. Stable kebab-case codes:
 * they appear in JSON output and in the message catalogues (a code without a message fails to compile).
 */
export type ProblemParams = {
  "unmatched-row": { reason: UnmatchedReason; key: string; text: string };
  conflict: { fields: readonly ConflictField[]; rows: readonly ReturnPlace[] };
  "executor-unknown": { candidates: readonly string[] };
  "reported-not-expected": { responsible: string };
  "status-blank": Record<string, never>;
  "status-unrecognised": { raw: string };
  /** No status given, but the report text opens with one ("Виконано. Проведено 2 семінари"): taken from it. */
  "status-from-text": { raw: string };
  "text-changed": { similarity: number; text: string };
  "number-changed": { key: string; planKey: string };
  "number-as-text": { field: string; raw: string; value: number };
  "value-not-number": { field: string; raw: string };
  "formula-like-text": { field: string; text: string };
  "duplicate-identical": { rows: readonly ReturnPlace[] };
  "no-report-rows": Record<string, never>;
  "template-other-plan": { planFile: string };
  "return-missing": { file: string };
  "executor-not-in-plan": Record<string, never>;
  /** A text longer than an Excel cell holds: the consolidated workbook cuts it (field: a report role). */
  "cell-too-long": { field: string; length: number; limit: number };
  /** The same content as a return already read (`of`): counted once. */
  "duplicate-return": { of: string };
  /** Several roster lines name this file as their return (their executors' names): it is given to none. */
  "file-claimed-twice": { executors: readonly string[] };
  /** The template's hidden id names one executor and its recorded name another: it is given to neither. */
  "template-executor-mismatch": { byId: string; byName: string };
  /** The template was made for an executor neither the roster nor the plan knows (its recorded name). */
  "template-executor-unknown": { executor: string };
  /**
   * The file cannot be read as a workbook (a read problem code: corrupt, encrypted, not-a-workbook…;
   * too-large with `exceeded`, the reading limit it went over).
   */
  "return-unreadable": { reason: string; exceeded?: ExceededLimit };
  "return-replaced": { by: string };
};

export type ProblemCode = keyof ProblemParams;

export const PROBLEM_SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  "unmatched-row": "error",
  conflict: "error",
  "executor-unknown": "error",
  "reported-not-expected": "warning",
  "status-blank": "warning",
  "status-unrecognised": "warning",
  "status-from-text": "info",
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
  "cell-too-long": "warning",
  "duplicate-return": "warning",
  "file-claimed-twice": "error",
  "template-executor-mismatch": "error",
  "template-executor-unknown": "warning",
  "return-unreadable": "error",
  "return-replaced": "info",
};

export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as ProblemCode[];

/** What two reports of one executor on one measure can disagree on. */
export type ConflictField = "status" | "value" | "text";

/** A row of a returned file: its name, sheet and 1-based row, as the file shows it. */
export type ReturnPlace = { readonly file: string; readonly sheet: string; readonly row: number };

/**
 * A row of the plan, located like an {@link Issue}: the 0-based `rowIndex` the engine works with and the
 * 1-based `row` people read, derived from it.
 */
export type PlanRowPlace = { readonly sheet: string; readonly rowIndex: number; readonly row: number };

/**
 * Where a problem is: a return row, a file, or an executor; and the plan measure. Rows follow the
 * {@link Issue} convention: 0-based `rowIndex` for code, 1-based `row` for people, both always given together.
 */
export type Problem<K extends ProblemCode = ProblemCode> = {
  readonly code: K;
  readonly severity: Severity;
  readonly file: string | null;
  readonly sheet: string | null;
  readonly rowIndex: number | null;
  readonly row: number | null;
  /** Roster id of the executor concerned, or null. */
  readonly executor: string | null;
  /** The plan measure concerned (its first row), or null. */
  readonly measure: PlanRowPlace | null;
  readonly params: ProblemParams[K];
};

export type AnyProblem = { [K in ProblemCode]: Problem<K> }[ProblemCode];

/** Where a problem is, as its finder knows it: a return row by its 1-based row, the measure by its index. */
export type ProblemPlace = {
  readonly file: string | null;
  readonly sheet: string | null;
  /** 1-based row of the returned file. */
  readonly row: number | null;
  readonly executor: string | null;
  readonly measure: { readonly sheet: string; readonly rowIndex: number } | null;
};

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
    rowIndex: place.row == null ? null : place.row - 1,
    row: place.row ?? null,
    executor: place.executor ?? null,
    measure:
      place.measure == null
        ? null
        : { sheet: place.measure.sheet, rowIndex: place.measure.rowIndex, row: place.measure.rowIndex + 1 },
    params,
  };
}
