import type { FieldRole } from "./FieldRole";

/** Which column (0-based) holds which field, as read from a header (and corrected by the user). */
export type ColumnRoles = Partial<Record<FieldRole, number>>;

/** A header found on a sheet: the rows it spans and the columns it names. */
export type HeaderBlock = {
  /** First header row (0-based). */
  readonly rowIndex: number;
  /** Last row that belongs to the header: a second header row or a "1 2 3 4" column-number row. */
  readonly lastRowIndex: number;
  readonly roles: ColumnRoles;
  /** Header text per column as written (two-row headers joined with " / "). */
  readonly labels: readonly string[];
  /** Number of columns the table spans. */
  readonly width: number;
  /** Rows inside the block that are "1 2 3 4" column numbering. */
  readonly columnNumberRows: readonly number[];
};
