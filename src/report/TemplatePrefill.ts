import type { CellValue, ReportRole } from "../engine";

/**
 * What a re-issued template shows in one measure's report cells: what the executor sent (the main row and
 * its sub-rows, by their offset from the measure's first row), and the cells to fix with a note saying why.
 */
export type MeasurePrefill = {
  readonly cells: Partial<Record<ReportRole, CellValue>>;
  readonly subRows: readonly {
    readonly offset: number;
    readonly cells: Partial<Record<ReportRole, CellValue>>;
  }[];
  /** Report cells of the main row to fix, each with its note. */
  readonly marks: Partial<Record<ReportRole, string>>;
};

/** A re-issued template: per measure what to pre-fill, a note for the whole return, when it was issued. */
export type TemplatePrefill = {
  readonly measure: (sheetIndex: number, rowIndex: number) => MeasurePrefill | undefined;
  /** What concerns no measure (rows that matched none), on the executor line of the first sheet; or null. */
  readonly headNote: string | null;
  /** ISO date-time: its return replaces the executor's earlier answers for the period. */
  readonly issued: string;
};
