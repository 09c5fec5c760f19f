import type { CellValue, WorkbookGrid } from "../../../src/engine";
import { columnIndex } from "../../../src/engine";
import type { ColumnRole } from "../wordings/headerLabels";

/** Where a row came from: a row of the fixture (with what the truth says it is), or one the generator added. */
export type RowTag =
  | { readonly kind: "original"; readonly row: number; readonly role: OriginalRole }
  | { readonly kind: SyntheticKind; readonly text: string };

export type OriginalRole = "title" | "header" | "section" | "note" | "footer" | "data" | "other";

/** Rows the generator adds. None of them may ever be read as a measure. */
export type SyntheticKind =
  "title" | "header" | "column-numbers" | "total" | "note" | "page-number" | "signature" | "blank";

export type ModelColumn = {
  /** Stable name for messages: the fixture's letter, or what the generator added. */
  readonly id: string;
  readonly role: ColumnRole | "financing_year" | null;
  /** Columns of one two-row header group move together when columns are reordered. */
  group: string | null;
};

export type ModelRow = { readonly tag: RowTag; readonly cells: Map<ModelColumn, CellValue> };

/** A merged area: rows `top`..`bottom` (as they stand) over a set of columns (contiguous or dropped). */
export type ModelMerge = { top: ModelRow; bottom: ModelRow; readonly columns: ReadonlySet<ModelColumn> };

export type ModelSheet = {
  readonly name: string;
  columns: ModelColumn[];
  rows: ModelRow[];
  merges: ModelMerge[];
};

/** One plan workbook the transformations change in place; rows and columns keep their identity. */
export type PlanModel = { readonly sheets: ModelSheet[] };

type TruthSheet = {
  name: string;
  title_rows: { row: number }[];
  header_rows: number[];
  column_number_rows?: number[];
  section_rows: { row: number }[];
  note_rows: { row: number }[];
  footer_rows: number[];
  stamp_rows?: number[];
  data_rows: number[];
};

export type PlanTruth = {
  plan_id: string;
  language: "uk" | "bg";
  workbook: string;
  columns: { roles: Record<string, string> };
  sheets: TruthSheet[];
  missing_fields: Record<string, string[]>;
  measures: {
    id: string;
    sheet: string;
    row: number;
    path: Record<string, unknown>;
    fields: Record<string, { present: boolean; raw: string | null; normalized?: Normalized | null }>;
    sub_rows?: { row: number }[];
  }[];
};

type Normalized = { kind: string; start: string | null; end: string | null };

const FIXTURE_ROLES: Record<string, ColumnRole> = {
  task_number: "number",
  measure_number: "number",
  task: "task",
  measure: "measure",
  responsible: "responsible",
  deadline: "deadline",
  indicator: "indicator",
  financing: "financing",
  financing_amount: "financing_amount",
  status: "status",
  current_value: "current_value",
  target_value: "target_value",
};

function roleOfRow(sheet: TruthSheet, row: number): OriginalRole {
  if (sheet.title_rows.some((r) => r.row === row)) return "title";
  if (sheet.header_rows.includes(row)) return "header";
  if (sheet.section_rows.some((r) => r.row === row)) return "section";
  if (sheet.note_rows.some((r) => r.row === row)) return "note";
  if (sheet.footer_rows.includes(row) || (sheet.stamp_rows ?? []).includes(row)) return "footer";
  if (sheet.data_rows.includes(row)) return "data";
  return "other";
}

/** The fixture workbook as a model: one column per fixture column, roles from the truth. */
export function buildModel(grid: WorkbookGrid, truth: PlanTruth): PlanModel {
  const letters = new Map<number, ColumnRole>();
  for (const [role, letter] of Object.entries(truth.columns.roles)) {
    const mapped = FIXTURE_ROLES[role];
    if (mapped !== undefined) letters.set(columnIndex(letter), mapped);
  }
  const sheets = grid.sheets.map((sheet): ModelSheet => {
    const info = truth.sheets.find((s) => s.name === sheet.name);
    if (info === undefined) throw new Error(`truth has no sheet ${sheet.name}`);
    const width = Math.max(...sheet.cells.map((r) => r.length), ...[...letters.keys()].map((c) => c + 1));
    const columns = Array.from({ length: width }, (_, c): ModelColumn => ({
      id: String.fromCharCode(65 + c),
      role: letters.get(c) ?? null,
      group: null,
    }));
    const rows = sheet.cells.map((cells, r): ModelRow => {
      const map = new Map<ModelColumn, CellValue>();
      cells.forEach((value, c) => {
        const column = columns[c];
        if (column !== undefined && value !== null) map.set(column, value);
      });
      return { tag: { kind: "original", row: r + 1, role: roleOfRow(info, r + 1) }, cells: map };
    });
    const merges = (sheet.merges ?? []).map((m): ModelMerge => ({
      top: rows[m.rowIndex] as ModelRow,
      bottom: rows[m.lastRowIndex] as ModelRow,
      columns: new Set(columns.slice(m.colIndex, m.lastColIndex + 1)),
    }));
    return { name: sheet.name, columns, rows, merges };
  });
  return { sheets };
}

export const isOriginal = (row: ModelRow, role?: OriginalRole): boolean =>
  row.tag.kind === "original" && (role === undefined || row.tag.role === role);

export const originalRow = (row: ModelRow): number | null =>
  row.tag.kind === "original" ? row.tag.row : null;

export function syntheticRow(
  kind: SyntheticKind,
  text: string,
  cells: [ModelColumn, CellValue][] = [],
): ModelRow {
  return { tag: { kind, text }, cells: new Map(cells.filter(([, v]) => v !== null)) };
}

/** True when no vertical merge crosses the boundary between rows[index - 1] and rows[index]. */
export function isSafeBoundary(sheet: ModelSheet, index: number): boolean {
  const above = sheet.rows[index - 1];
  const below = sheet.rows[index];
  if (above === undefined || below === undefined) return true;
  const position = new Map(sheet.rows.map((r, i) => [r, i]));
  return !sheet.merges.some((m) => {
    const top = position.get(m.top) ?? -1;
    const bottom = position.get(m.bottom) ?? -1;
    return top <= index - 1 && bottom >= index;
  });
}

export function insertRows(sheet: ModelSheet, index: number, rows: ModelRow[]): void {
  sheet.rows.splice(index, 0, ...rows);
}

/** Removes rows and every merge that starts or ends on one of them. */
export function removeRows(sheet: ModelSheet, remove: (row: ModelRow) => boolean): void {
  const gone = new Set(sheet.rows.filter(remove));
  sheet.rows = sheet.rows.filter((r) => !gone.has(r));
  sheet.merges = sheet.merges.filter((m) => !gone.has(m.top) && !gone.has(m.bottom));
}

/** Adds a column at `index` (0 = leftmost). */
export function insertColumn(sheet: ModelSheet, index: number, column: ModelColumn): void {
  sheet.columns.splice(index, 0, column);
  // A merge across the whole table width (a title or goal row) widens with it.
  for (const m of sheet.merges) {
    if (m.columns.size > 1 && m.columns.size === sheet.columns.length - 1 && m.top === m.bottom)
      (m.columns as Set<ModelColumn>).add(column);
  }
}

/** A merge across every column of the sheet, on one row. */
export function mergeAcross(sheet: ModelSheet, row: ModelRow): void {
  sheet.merges.push({ top: row, bottom: row, columns: new Set(sheet.columns) });
}

export const firstColumn = (
  sheet: ModelSheet,
  role: ColumnRole | "financing_year",
): ModelColumn | undefined => sheet.columns.find((c) => c.role === role);

/** The grid of a sheet as it now stands, merges as ranges (non-contiguous ones dropped). */
export function materialize(sheet: ModelSheet): {
  cells: CellValue[][];
  merges: { rowIndex: number; colIndex: number; lastRowIndex: number; lastColIndex: number }[];
} {
  const position = new Map(sheet.rows.map((r, i) => [r, i]));
  const colPosition = new Map(sheet.columns.map((c, i) => [c, i]));
  const merges = sheet.merges.flatMap((m) => {
    const top = position.get(m.top);
    const bottom = position.get(m.bottom);
    const cols = [...m.columns].map((c) => colPosition.get(c)).filter((c): c is number => c !== undefined);
    if (top === undefined || bottom === undefined || bottom < top || cols.length === 0) return [];
    const min = Math.min(...cols);
    const max = Math.max(...cols);
    if (max - min + 1 !== cols.length) return [];
    // The merged value belongs in the top-left cell: after a reorder it may sit in another covered column.
    const first = sheet.columns[min] as ModelColumn;
    if (!m.top.cells.has(first)) {
      const holder = [...m.columns].find((c) => m.top.cells.has(c));
      if (holder !== undefined) {
        m.top.cells.set(first, m.top.cells.get(holder) ?? null);
        m.top.cells.delete(holder);
      }
    }
    return [{ rowIndex: top, colIndex: min, lastRowIndex: bottom, lastColIndex: max }];
  });
  const cells = sheet.rows.map((row) => sheet.columns.map((c) => row.cells.get(c) ?? null));
  return { cells, merges };
}
