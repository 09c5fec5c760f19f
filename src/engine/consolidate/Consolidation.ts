import type { CellValue } from "../grid/CellValue";
import type { Measure } from "../plan/Plan";
import type { RowMatch, UnmatchedReason } from "./match";
import type { AnyProblem } from "./problems";
import type { ReportStatus } from "../parse/ReportStatus";
import type { Roster } from "./roster";

/** Where a report came from: the returned file, its sheet and 1-based row. */
export type Source = { readonly file: string; readonly sheet: string; readonly row: number };

/** A sub-row of a reported measure with its own value ("Текуща стойност" per programme). */
export type SubReport = {
  readonly row: number;
  readonly value: number | null;
  readonly valueRaw: CellValue;
  readonly text: string;
};

/** What one executor reported on one measure in one row of one file. */
export type Report = Source & {
  /** Roster id, or null when the file's executor could not be identified. */
  readonly executor: string | null;
  readonly match: RowMatch;
  readonly via: "id" | "key" | "text";
  readonly similarity: number | null;
  readonly status: ReportStatus | null;
  readonly statusRaw: string;
  readonly value: number | null;
  readonly valueRaw: CellValue;
  readonly valueKind: "number" | "empty" | "not-applicable" | "text";
  readonly text: string;
  readonly reasons: string;
  readonly fundsSpent: number | null;
  readonly fundsSpentRaw: CellValue;
  readonly subRows: readonly SubReport[];
  /** The measure text as the return has it (differs from the plan when the wording was edited). */
  readonly submittedText: string;
};

/**
 * A measure's status over all its reports: every expected executor done → done; all reports not done →
 * not_done; all not applicable → not_applicable; some progress (or done with executors still missing) →
 * in_progress; reports without a usable status → null; no report at all → not_reported.
 */
export type AggregateStatus = ReportStatus | "not_reported" | null;

export type MeasureResult = {
  readonly measure: Measure;
  /** Roster ids, roster order: named in the responsible cells / reported / named but silent / not named. */
  readonly expected: readonly string[];
  readonly reported: readonly string[];
  readonly missing: readonly string[];
  readonly unexpected: readonly string[];
  readonly reports: readonly Report[];
  readonly status: AggregateStatus;
  readonly conflict: boolean;
};

export type UnmatchedRow = Source & {
  readonly executor: string | null;
  readonly reason: UnmatchedReason;
  readonly key: string | null;
  readonly text: string;
};

export type Conflict = {
  readonly executor: string | null;
  readonly measure: Measure;
  readonly rows: readonly Source[];
  readonly fields: readonly ("status" | "value" | "text")[];
};

/** How a file's executor was found; "duplicate": the file repeats another's content, "unreadable": not read. */
export type IdentifiedBy =
  "template" | "roster" | "responsible" | "chosen" | "unknown" | "duplicate" | "unreadable";

export type FileResult = {
  readonly file: string;
  readonly executor: string | null;
  readonly identifiedBy: IdentifiedBy;
  /** Roster ids the file could belong to, most likely first (several when it could not be told apart). */
  readonly candidates: readonly string[];
  /** Rows with something reported, rows matched to a measure, rows that matched none. */
  readonly reportRows: number;
  readonly matchedRows: number;
  readonly unmatchedRows: number;
  readonly template: boolean;
  /** The file read earlier whose content this one repeats (its reports are not counted again), or null. */
  readonly duplicateOf: string | null;
};

/** Per executor: how many of its measures it reported — the "who has not reported" answer. */
export type ExecutorSummary = {
  readonly id: string;
  readonly name: string;
  readonly files: readonly string[];
  readonly expected: number;
  readonly reported: number;
  readonly missing: number;
  readonly unexpected: number;
  /** reported / expected, or null when nothing is expected of it. */
  readonly share: number | null;
};

export type Consolidation = {
  readonly roster: Roster;
  readonly measures: readonly MeasureResult[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly conflicts: readonly Conflict[];
  readonly files: readonly FileResult[];
  readonly executors: readonly ExecutorSummary[];
  readonly problems: readonly AnyProblem[];
};
