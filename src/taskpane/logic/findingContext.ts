import type { AnyIssue, CellValue, Measure } from "../../engine";
import type { Checked } from "../hooks/useValidation";

/** What a finding is about, for a reader without the workbook in front of them (the browser mode). */
export type FindingContext = {
  /** The measure on the finding's row: its number as written and its text, shortened. */
  readonly measure: { readonly number: string | null; readonly text: string } | null;
  /** The finding's cell as text ("" = empty), or null when the finding has no cell. */
  readonly value: string | null;
};

const LONGEST = 160;

/** Finds each finding's measure (the one whose rows hold the finding's row) and its cell's value. */
export function findingContexts(checked: Checked): (issue: AnyIssue) => FindingContext {
  const measures = new Map(checked.plan.sheets.map((sheet) => [sheet.name, sheet.measures]));
  const cells = new Map(checked.grid.sheets.map((sheet) => [sheet.name, sheet.cells]));
  return (issue) => {
    if (issue.sheet === null || issue.rowIndex === null) return { measure: null, value: null };
    const measure = measureAt(measures.get(issue.sheet) ?? [], issue.rowIndex);
    const value =
      issue.colIndex === null
        ? null
        : shown(cells.get(issue.sheet)?.[issue.rowIndex]?.[issue.colIndex] ?? null);
    return {
      measure: measure === null ? null : { number: measure.number, text: shorten(measure.text) },
      value,
    };
  };
}

/** The measure whose rows (first to last) hold the row; measures are in row order. */
function measureAt(measures: readonly Measure[], rowIndex: number): Measure | null {
  let low = 0;
  let high = measures.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const measure = measures[mid]!;
    if (rowIndex < measure.rowIndex) high = mid - 1;
    else if (rowIndex > measure.lastRowIndex) low = mid + 1;
    else return measure;
  }
  return null;
}

/** A cell as the pane shows it: text with its spaces collapsed, numbers as written, dates as 2025-12-31. */
function shown(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return shorten(String(value));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LONGEST ? flat : `${flat.slice(0, LONGEST - 1)}…`;
}
