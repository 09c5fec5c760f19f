import type { ColumnCandidate, ColumnChoice } from "./ColumnChoice";
import type { FieldRole } from "./FieldRole";

/** Which column (0-based) holds which field, as read from a header (and corrected by the user). */
export type ColumnRoles = Partial<Record<FieldRole, number>>;

/** A header found on a sheet: the rows it spans and the columns its labels name. */
export type HeaderBlock = {
  /** First header row (0-based). */
  readonly rowIndex: number;
  /** Last row that belongs to the header: a second header row or a "1 2 3 4" column-number row. */
  readonly lastRowIndex: number;
  /** The primary column of every role the labels name. */
  readonly roles: ColumnRoles;
  /** Every labelled column with its role and evidence (also the non-primary ones). */
  readonly choices: readonly ColumnChoice[];
  /** Header text per column as written (two-row headers joined with " / "). */
  readonly labels: readonly string[];
  /** Number of columns the table spans. */
  readonly width: number;
  /** Rows inside the block that are "1 2 3 4" column numbering. */
  readonly columnNumberRows: readonly number[];
};

/** One period column of a timeline: where it is and the period its label names. */
export type TimelineColumn = { readonly colIndex: number; readonly period: string };

/**
 * How a table segment is read: its header, the column of each role after content evidence, sibling sheets and
 * the user's corrections, with the evidence for each, and for roles no column has, the closest candidate.
 */
export type TableLayout = {
  readonly header: HeaderBlock;
  readonly roles: ColumnRoles;
  /** Further columns of a role, in order: read when the primary column is blank. */
  readonly extras: Partial<Record<FieldRole, readonly number[]>>;
  /**
   * A timeline instead of a deadline column: the deadline group's sub-columns, each a period ("Q1 2025"), marked
   * ("x", "✓") in the rows of the measures that run in it. Empty when the deadline is one column.
   */
  readonly timeline: readonly TimelineColumn[];
  /**
   * The start column of a "Start | End" deadline pair (the deadline column is the end): a row with both reads
   * as the span from one to the other. Null when the deadline has no start column.
   */
  readonly deadlineStart: number | null;
  readonly columns: readonly ColumnChoice[];
  readonly candidates: Partial<Record<FieldRole, ColumnCandidate>>;
};
