import { uniqueSheetNames, type CellRange, type WorkbookGrid } from "../engine";
import { annotatePackage } from "./annotateWorkbook";
import { isValidRange, MAX_COLUMNS } from "./ooxml/cellRefs";
import type { IssuesSheet, WorkbookAnnotations } from "./WorkbookAnnotations";
import { WorkbookReadError } from "./WorkbookReadError";
import type { SheetSpec, WorkbookSpec } from "./WorkbookSpec";
import { writeWorkbook } from "./writeWorkbook";

/** An annotated copy and what it could not keep of the original. */
export type AnnotatedCopy = {
  readonly bytes: Uint8Array;
  /**
   * The original is no .xlsx package we can patch (.ods, .xls, .xlsb, CSV, Strict OOXML): the copy is a new
   * .xlsx of its values and merged cells, without formatting, formulas, widths, notes, charts or images.
   */
  readonly valuesOnly: boolean;
  /** Sheets named otherwise in the copy, because Excel refuses their names: original name → new name. */
  readonly renamed: ReadonlyMap<string, string>;
};

/**
 * An annotated copy of any workbook PlanCheck reads, always an .xlsx: an .xlsx is patched (everything kept,
 * see annotateWorkbook); anything else becomes a new workbook of the values and merged cells that were read
 * (`grid`, hidden sheets kept hidden), with the same marks and issues sheet. Never modifies `original`.
 */
export function annotatedCopy(
  original: Uint8Array,
  grid: WorkbookGrid,
  annotations: WorkbookAnnotations,
  hiddenSheets: ReadonlySet<string> = new Set(),
): AnnotatedCopy {
  try {
    return { ...annotatePackage(original, annotations), valuesOnly: false };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
  }
  const { spec, renamed } = valuesCopy(grid, hiddenSheets, annotations.cutMarker);
  const name = (sheet: string): string => renamed.get(sheet) ?? sheet;
  const issuesSheet: IssuesSheet | null =
    annotations.issuesSheet === null
      ? null
      : {
          ...annotations.issuesSheet,
          rows: annotations.issuesSheet.rows.map((row) =>
            row.link === undefined ? row : { ...row, link: { ...row.link, sheet: name(row.link.sheet) } },
          ),
        };
  const marks = annotations.marks.map((mark) => ({ ...mark, sheet: name(mark.sheet) }));
  const bytes = annotatePackage(writeWorkbook(spec), { ...annotations, marks, issuesSheet }).bytes;
  return { bytes, valuesOnly: true, renamed };
}

/**
 * The grid as a workbook spec: values (text stays text), merges, sheet names made valid for Excel, text too
 * long for a cell cut with `cutMarker`.
 */
function valuesCopy(
  grid: WorkbookGrid,
  hiddenSheets: ReadonlySet<string>,
  cutMarker: WorkbookAnnotations["cutMarker"],
): { spec: WorkbookSpec; renamed: Map<string, string> } {
  const names = uniqueSheetNames(grid.sheets.map((sheet) => sheet.name));
  const renamed = new Map<string, string>();
  const anyVisible = grid.sheets.some((sheet) => !hiddenSheets.has(sheet.name));
  const sheets = grid.sheets.map((sheet, i): SheetSpec => {
    const name = names[i] ?? sheet.name;
    if (name !== sheet.name) renamed.set(sheet.name, name);
    const hidden = anyVisible && hiddenSheets.has(sheet.name);
    return {
      name,
      rows: sheet.cells.map((row) => (row.length > MAX_COLUMNS ? row.slice(0, MAX_COLUMNS) : row)),
      merges: writableMerges(sheet.merges ?? []),
      ...(hidden ? { visibility: "hidden" as const } : {}),
    };
  });
  // a cell longer than Excel keeps is cut with the marker in the output's language
  const spec: WorkbookSpec = {
    sheets: sheets.length > 0 ? sheets : [{ name: "Sheet", rows: [] }],
    ...(cutMarker === undefined ? {} : { cutMarker }),
  };
  return { spec, renamed };
}

/** Merged ranges an .xlsx can hold: inside the grid, more than one cell, not overlapping an earlier one. */
function writableMerges(merges: readonly CellRange[]): CellRange[] {
  const kept: CellRange[] = [];
  const byRow = new Map<number, CellRange[]>();
  for (const m of merges) {
    if (!isValidRange(m) || (m.rowIndex === m.lastRowIndex && m.colIndex === m.lastColIndex)) continue;
    let overlaps = false;
    for (let r = m.rowIndex; r <= m.lastRowIndex && !overlaps; r++)
      overlaps = (byRow.get(r) ?? []).some(
        (k) => k.colIndex <= m.lastColIndex && m.colIndex <= k.lastColIndex,
      );
    if (overlaps) continue;
    kept.push(m);
    for (let r = m.rowIndex; r <= m.lastRowIndex; r++) {
      const row = byRow.get(r);
      if (row === undefined) byRow.set(r, [m]);
      else row.push(m);
    }
  }
  return kept;
}
