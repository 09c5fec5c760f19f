import type { Measure } from "../../plan/Plan";
import type { Report, Source } from "../Consolidation";
import type { ConflictField } from "../problems";

/** One thing an executor is asked to fix, on a plan measure (or on a row of its return that matched none). */
export type RequestItem =
  | { readonly kind: "not-reported"; readonly measure: Measure }
  | { readonly kind: "status-blank"; readonly measure: Measure; readonly source: Source }
  | {
      readonly kind: "status-unrecognised";
      readonly measure: Measure;
      readonly source: Source;
      readonly raw: string;
    }
  | {
      readonly kind: "conflict";
      readonly measure: Measure;
      readonly rows: readonly Report[];
      readonly fields: readonly ConflictField[];
    }
  | {
      readonly kind: "value-not-number";
      readonly measure: Measure;
      readonly source: Source;
      readonly raw: string;
    }
  | {
      readonly kind: "unmatched";
      readonly source: Source;
      readonly key: string | null;
      readonly text: string;
    };

export type RequestKind = RequestItem["kind"];

/** A measure of the executor's re-issued template: what it sent (its rows, in order) and what to fix there. */
export type RequestMeasure = {
  readonly measure: Measure;
  readonly reports: readonly Report[];
  readonly fix: readonly RequestItem[];
};

/**
 * What one executor is asked to complete or correct: every gap in plan order, rows that matched no measure
 * last; and its measures (those it is named in and those it reported on) with what it sent, for a template
 * re-issued pre-filled.
 */
export type ExecutorRequest = {
  readonly executor: { readonly id: string; readonly name: string };
  readonly items: readonly RequestItem[];
  readonly measures: readonly RequestMeasure[];
};
