import type { CellValue } from "./CellValue";

/** A rectangular block of cells, 0-based and inclusive at both ends. */
export type CellRange = {
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly lastRowIndex: number;
  readonly lastColIndex: number;
};

/**
 * One worksheet as the engine sees it: a (possibly ragged) matrix of values, 0-based, plus its merged ranges.
 * `merges` is `null` when the host could not tell (CSV, very large sheets): the engine then infers structure
 * from blank cells instead.
 */
export type SheetGrid = {
  readonly name: string;
  readonly cells: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merges: readonly CellRange[] | null;
};

export type WorkbookGrid = {
  readonly sheets: readonly SheetGrid[];
};
