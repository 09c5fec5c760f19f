import type { AggregateStatus } from "../Consolidation";
import type { Period } from "./Period";

/** What one period says about one plan measure: its aggregate status and its indicator value. */
export type MeasureRecord = {
  readonly sheet: string;
  /** The measure's key as the consolidation knows it ("19/2", "1.1"), or null. */
  readonly key: string | null;
  /** The measure text, whitespace collapsed (to tell apart measures whose numbers moved). */
  readonly text: string;
  readonly status: AggregateStatus;
  /** See measureValue: null when nobody reported a number (or executors contradicted themselves). */
  readonly value: number | null;
};

/** Whether an executor reported in one period: how many of its measures it was named in and reported. */
export type ExecutorRecord = {
  readonly id: string;
  readonly name: string;
  readonly expected: number;
  readonly reported: number;
};

/** One consolidation kept in the consolidated workbook. */
export type PeriodRecord = {
  readonly period: Period;
  /** The plan's fingerprint when it was consolidated (see planHash). */
  readonly planHash: string;
  readonly measures: readonly MeasureRecord[];
  readonly executors: readonly ExecutorRecord[];
};

/** Every period consolidated against a plan, in chronological order, one record per period. */
export type History = { readonly periods: readonly PeriodRecord[] };

export const EMPTY_HISTORY: History = { periods: [] };
