/** What an annotated copy of a workbook should show. */
import type { CellMark } from "../engine";

/** A new sheet appended at the end of the workbook, listing the findings. */
export type IssuesSheet = { name: string; columns: string[]; rows: IssuesSheetRow[] };

/** One row of the issues sheet; `link` makes the cell in column `column` (0-based) jump to the problem cell. */
export type IssuesSheetRow = {
  cells: (string | number | null)[];
  link?: { sheet: string; rowIndex: number; colIndex: number; column: number };
};

export type WorkbookAnnotations = { marks: CellMark[]; issuesSheet: IssuesSheet | null; author: string };

/**
 * Annotations that do not fit the workbook: a mark or link on a sheet that does not exist or is not a
 * worksheet, indices outside Excel's grid, an unknown severity. A programming error in the caller.
 */
export class InvalidAnnotationError extends Error {
  override readonly name = "InvalidAnnotationError";
}
