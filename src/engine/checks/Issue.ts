import { cellAddress } from "../grid/address";
import type { CheckableField } from "../table/FieldRole";
import type { IssueCode, IssueParams, Severity } from "./IssueCode";

/** Where a finding points: a cell, a row, a sheet, or (all null) the whole workbook. */
export type IssueLocation = {
  readonly sheet: string | null;
  readonly rowIndex: number | null;
  readonly colIndex: number | null;
};

/** One finding, as data: a code, a severity, a location and the parameters its message needs. */
export type Issue<K extends IssueCode = IssueCode> = IssueLocation & {
  readonly code: K;
  readonly severity: Severity;
  /** 1-based Excel row, or null. */
  readonly row: number | null;
  /** A1 address of the cell ("E12"), or null for row-, sheet- and workbook-level findings. */
  readonly cell: string | null;
  readonly field: CheckableField | null;
  readonly params: IssueParams[K];
};

/** Any issue, narrowed by `code`. */
export type AnyIssue = { [K in IssueCode]: Issue<K> }[IssueCode];

export function makeIssue<K extends IssueCode>(
  code: K,
  severity: Severity,
  location: IssueLocation,
  params: IssueParams[K],
  field: CheckableField | null = null,
): Issue<K> {
  const { sheet, rowIndex, colIndex } = location;
  return {
    code,
    severity,
    sheet,
    rowIndex,
    colIndex,
    row: rowIndex === null ? null : rowIndex + 1,
    cell: rowIndex === null || colIndex === null ? null : cellAddress(rowIndex, colIndex),
    field,
    params,
  };
}
