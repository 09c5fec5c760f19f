import type { Consolidation } from "../engine";
import { type Locale, t } from "../i18n";
import { type CellInput, printLayout, type SheetSpec, type TableSpec } from "../xlsx";
import { measureLabel } from "./consolidationLabels";
import { uniqueLabels } from "./uniqueLabels";

/**
 * "Who has not reported": first a table of executors with the measures expected of them, reported, missing
 * and the share reported; under it the executor × measure matrix (✓ reported, ✗ missing, ! reported although
 * not named, blank where the executor is not expected — blank keeps big plans small).
 */
export function completenessSheet(result: Consolidation, locale: Locale): SheetSpec {
  const marks = {
    reported: t(locale, "consolidate.mark.reported"),
    missing: t(locale, "consolidate.mark.missing"),
    unexpected: t(locale, "consolidate.mark.unexpected"),
  };
  const rows: CellInput[][] = [
    [{ value: t(locale, "consolidate.completeness.title"), style: "title" }],
    [{ value: t(locale, "consolidate.completeness.legend", marks), style: ["italic", "muted"] }],
    [],
  ];
  const reported: CellInput = { value: marks.reported, style: ["done", "center"] };
  const missing: CellInput = { value: marks.missing, style: ["error", "center"] };
  const unexpected: CellInput = { value: marks.unexpected, style: ["warning", "center"] };
  // The executors' summary starts in the measure column (wide enough for their names); its numbers stand in
  // the executors' narrow columns of the matrix below, the returns' file names last.
  const summaryHeader = [
    "executor",
    "measuresExpected",
    "reported",
    "missing",
    "share",
    "unexpected",
    "files",
  ] as const;
  const summaryTop = rows.length;
  rows.push([
    null,
    ...summaryHeader.map((key) => ({
      value: t(locale, `consolidate.column.${key}`),
      style: "header" as const,
    })),
  ]);
  for (const e of result.executors) {
    rows.push([
      null,
      { value: e.name, style: "wrap" },
      e.expected,
      e.reported,
      { value: e.missing, style: e.missing > 0 ? "error" : [] },
      e.share === null ? null : { value: e.share, style: "percent" },
      e.unexpected === 0 ? null : { value: e.unexpected, style: "warning" },
      e.files.length === 0 ? null : { value: e.files.join("; "), style: "wrap" },
    ]);
  }
  const tables: TableSpec[] = [];
  if (result.executors.length > 0)
    tables.push({ name: "Executors", range: range(summaryTop, rows.length - 1, 1, summaryHeader.length) });
  rows.push([]);
  const matrixTop = rows.length;
  const fixed = ["number", "measure"] as const;
  const executorLabels = uniqueLabels(
    result.executors.map((e) => e.name),
    fixed.map((key) => t(locale, `consolidate.column.${key}`)),
  );
  rows.push(
    [...fixed.map((key) => t(locale, `consolidate.column.${key}`)), ...executorLabels].map((value) => ({
      value,
      style: "header",
    })),
  );
  // A plan of several sheets names the sheet before each measure.
  const sheets = new Set(result.measures.map((m) => m.measure.sheet)).size;
  const column = new Map(result.executors.map((e, i) => [e.id, fixed.length + i]));
  for (const m of result.measures) {
    // a sparse row: executors not expected on the measure stay holes (no cell is written)
    const cells = new Array<CellInput>(fixed.length + result.executors.length);
    const label = measureLabel(m.measure);
    cells[0] = m.measure.key ?? m.measure.number?.trim() ?? null;
    cells[1] = { value: sheets > 1 ? `${m.measure.sheet} › ${label}` : label, style: "wrap" };
    const mark = (ids: readonly string[], cell: CellInput): void => {
      for (const id of ids) {
        const at = column.get(id);
        if (at !== undefined) cells[at] = cell;
      }
    };
    mark(m.reported, reported);
    mark(m.unexpected, unexpected);
    mark(m.missing, missing);
    rows.push(cells);
  }
  if (result.measures.length > 0)
    tables.push({
      name: "Completeness",
      range: range(matrixTop, rows.length - 1, 0, fixed.length + executorLabels.length - 1),
    });
  const executorColumns = Math.max(result.executors.length, summaryHeader.length - 1);
  const executorWidth = wordWidth(result.executors.map((e) => e.name));
  const columnWidths = [
    NUMBER_WIDTH,
    MEASURE_WIDTH,
    ...Array.from({ length: executorColumns }, () => executorWidth),
  ];
  // The matrix's header repeats on every page; when the executors are too many for one readable page
  // width, the number and the measure repeat at the left of each page across.
  const print = printLayout(
    { rows, columnWidths },
    {
      titleRows: { first: matrixTop, last: matrixTop },
      titleColumns: { first: 0, last: fixed.length - 1 },
    },
  );
  return {
    name: t(locale, "consolidate.sheet.completeness"),
    rows,
    print,
    columnWidths,
    tables,
  };
}

const NUMBER_WIDTH = 8;
const MEASURE_WIDTH = 50;
/**
 * An executor's column holds a mark; its name wraps in the header, so the column is as wide as the names'
 * longest word ("облдержадміністрації"), never cutting one, within 10-24 characters.
 */
function wordWidth(names: readonly string[]): number {
  const longest = Math.max(0, ...names.flatMap((name) => name.split(/[\s/–—-]+/).map((word) => word.length)));
  return Math.min(24, Math.max(10, longest + 2));
}

function range(top: number, bottom: number, first: number, last: number) {
  return { rowIndex: top, colIndex: first, lastRowIndex: bottom, lastColIndex: last };
}
