import type { Consolidation } from "../engine/consolidate/Consolidation";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import type { CellInput, SheetSpec, TableSpec } from "../xlsx/WorkbookSpec";
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
  const summaryHeader = [
    "executor",
    "files",
    "measuresExpected",
    "reported",
    "missing",
    "share",
    "unexpected",
  ] as const;
  const summaryTop = rows.length;
  rows.push(summaryHeader.map((key) => ({ value: t(locale, `consolidate.column.${key}`), style: "header" })));
  for (const e of result.executors) {
    rows.push([
      e.name,
      e.files.length === 0 ? null : e.files.join("; "),
      e.expected,
      e.reported,
      { value: e.missing, style: e.missing > 0 ? "error" : [] },
      e.share === null ? null : { value: e.share, style: "percent" },
      e.unexpected === 0 ? null : { value: e.unexpected, style: "warning" },
    ]);
  }
  const tables: TableSpec[] = [];
  if (result.executors.length > 0)
    tables.push({ name: "Executors", range: range(summaryTop, rows.length - 1, summaryHeader.length - 1) });
  rows.push([]);
  const matrixTop = rows.length;
  const fixed = ["sheet", "number", "measure"] as const;
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
  const column = new Map(result.executors.map((e, i) => [e.id, fixed.length + i]));
  for (const m of result.measures) {
    // a sparse row: executors not expected on the measure stay holes (no cell is written)
    const cells = new Array<CellInput>(fixed.length + result.executors.length);
    cells[0] = m.measure.sheet;
    cells[1] = m.measure.key ?? m.measure.number?.trim() ?? null;
    cells[2] = measureLabel(m.measure);
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
      range: range(matrixTop, rows.length - 1, fixed.length + executorLabels.length - 1),
    });
  return {
    name: t(locale, "consolidate.sheet.completeness"),
    rows,
    print: { landscape: true, fitToWidth: true },
    columnWidths: [30, 24, 60, ...result.executors.map(() => 14)],
    tables,
  };
}

function range(top: number, bottom: number, lastColIndex: number) {
  return { rowIndex: top, colIndex: 0, lastRowIndex: bottom, lastColIndex };
}
