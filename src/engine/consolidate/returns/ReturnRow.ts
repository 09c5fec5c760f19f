import { REPORT_ROLES, type ReportRole } from "../../table/FieldRole";
import type { WorkbookGrid } from "../../grid/SheetGrid";
import type { FieldCell } from "../../plan/Plan";
import type { MeasureWords } from "../match";

/** A returned workbook as the host read it. `hiddenSheets` are skipped (their rows are not reports). */
export type ReturnFile = {
  /** File name as the user knows it (no folders needed). */
  readonly name: string;
  readonly workbook: WorkbookGrid;
  readonly hiddenSheets?: ReadonlySet<string>;
};

/** The columns an executor fills in (defined with the other column roles). */
export { REPORT_ROLES, type ReportRole };

export type ReportCells = Partial<Record<ReportRole, FieldCell>>;

/** A goal as a return row carries it: its number ("2") and its folded words, either may be missing. */
export type GoalContext = { readonly number: string | null; readonly words: MeasureWords };

/** One measure row of a return, with its report cells (main row and un-numbered sub-rows). */
export type ReturnRow = {
  readonly sheet: string;
  /** 0-based row of the measure in the return. */
  readonly rowIndex: number;
  readonly key: string | null;
  readonly text: string;
  readonly words: MeasureWords;
  /** Number of the section (priority) heading the row sits under in the return, if any. */
  readonly sectionNumber: string | null;
  /** The goal the row sits under in the return (a goal row or goal column), if the return keeps it. */
  readonly goal: GoalContext | null;
  readonly responsibleCells: readonly string[];
  readonly responsibleBodies: readonly string[];
  readonly cells: ReportCells;
  readonly subRows: readonly { readonly rowIndex: number; readonly cells: ReportCells }[];
  /** The template id of the row ("m:1:8"), or null in a free-form return. */
  readonly templateId: string | null;
};
