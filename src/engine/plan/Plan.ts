import type { CellValue } from "../grid/CellValue";
import type { Deadline } from "../parse/parseDeadline";
import type { Executor } from "../parse/parseExecutors";
import type { FieldRole } from "../table/FieldRole";
import type { HeaderBlock, TableLayout } from "../table/TableColumns";

/** One field of a measure: where it is and what it says (page-break fragments already joined in). */
export type FieldCell = {
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly value: CellValue;
  readonly text: string;
};

export type FieldCells = Partial<Record<FieldRole, FieldCell>>;

/** A row of the table that is not a measure: a priority, goal, task or un-named block heading. */
export type Heading = {
  readonly kind: "section" | "goal" | "task" | "block";
  /** The heading's own number as written without the keyword: "1", "2.1", "IV"; null when it has none. */
  readonly number: string | null;
  readonly text: string;
  readonly rowIndex: number;
  readonly colIndex: number;
};

/** The task a measure belongs to, from a task column (often merged down) or a task heading row. */
export type TaskRef = {
  readonly number: string | null;
  readonly text: string;
  readonly rowIndex: number;
  readonly colIndex: number;
};

/** An un-numbered row under a measure that adds its own executors, financing or indicators. */
export type SubRow = {
  readonly rowIndex: number;
  readonly fields: FieldCells;
};

export type Measure = {
  readonly sheet: string;
  /** First row of the measure (0-based). */
  readonly rowIndex: number;
  /** Last row that belongs to it: sub-rows and joined page-break fragments included. */
  readonly lastRowIndex: number;
  /** Number as written, trimmed ("1)", "5.1.", "1.1"); null when the measure has none. */
  readonly number: string | null;
  /** Every numbered activity in the measure cell (several activities can share one cell). */
  readonly numbers: readonly string[];
  /** Where the number was read: its own column, or the start of the measure text. */
  readonly numberCell: { readonly rowIndex: number; readonly colIndex: number } | null;
  /** Identity within the sheet: "task/measure" when the table has tasks ("19/2", "7/"), else the number. */
  readonly key: string | null;
  readonly text: string;
  readonly textCell: { readonly rowIndex: number; readonly colIndex: number };
  readonly section: Heading | null;
  readonly goal: Heading | null;
  readonly task: TaskRef | null;
  readonly fields: FieldCells;
  readonly subRows: readonly SubRow[];
  /** Rows that continued this measure after a page break and were joined into it. */
  readonly joinedRows: readonly number[];
  readonly deadline: Deadline | null;
  readonly responsible: readonly Executor[];
};

export type TitleRow = { readonly rowIndex: number; readonly text: string };

export type PlanSheet = {
  readonly name: string;
  /** Every header found on the sheet (plans often repeat it under each goal); empty when there is no table. */
  readonly headers: readonly HeaderBlock[];
  /** How each header's table is read: the column of every role and why (one per header, in order). */
  readonly tables: readonly TableLayout[];
  readonly titleRows: readonly TitleRow[];
  readonly headings: readonly Heading[];
  readonly notes: readonly TitleRow[];
  readonly footerRows: readonly number[];
  /** Totals and subtotals: never measures. */
  readonly totalRows: readonly number[];
  /** Page numbers and repeated "1 2 3 4" rows inside the table. */
  readonly skippedRows: readonly number[];
  readonly measures: readonly Measure[];
};

/** The plan period in whole years, inclusive. */
export type PlanPeriod = { readonly startYear: number; readonly endYear: number };

export type Plan = {
  readonly title: string | null;
  readonly period: PlanPeriod | null;
  readonly sheets: readonly PlanSheet[];
  /** Abbreviations the plan defines ("(далі – ВЦА)"): short form → full name. */
  readonly abbreviations: ReadonlyMap<string, string>;
};
