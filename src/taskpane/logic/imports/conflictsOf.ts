import type { CellValue } from "../../../engine";
import type { Consolidation, MeasureResult } from "../../../engine";
import { executorNames, sourceLabel } from "../../../report";

export type ConflictField = "status" | "value" | "text";

/** One of the disagreeing reports: where it is and what it says in the fields that disagree. */
export type ConflictReport = {
  readonly source: string;
  readonly values: readonly { readonly field: ConflictField; readonly value: string }[];
};

/** One executor's reports on one measure that contradict each other, with the values that differ. */
export type ConflictPreview = {
  readonly executor: string;
  readonly fields: readonly ConflictField[];
  readonly reports: readonly ConflictReport[];
};

const LONGEST = 120;

/** The conflicts of a measure: per executor, each conflicting report with its differing values as written. */
export function conflictsOf(result: Consolidation, measure: MeasureResult): ConflictPreview[] {
  const name = executorNames(result);
  const { sheet, rowIndex } = measure.measure;
  return result.conflicts
    .filter((c) => c.measure.sheet === sheet && c.measure.rowIndex === rowIndex)
    .map((conflict) => ({
      executor: name(conflict.executor),
      fields: conflict.fields,
      reports: conflict.rows.flatMap((row) => {
        const report = measure.reports.find(
          (r) =>
            r.executor === conflict.executor &&
            r.file === row.file &&
            r.sheet === row.sheet &&
            r.row === row.row,
        );
        if (report === undefined) return [];
        const said: Record<ConflictField, string> = {
          status: report.statusRaw,
          value: cellText(report.valueRaw),
          text: report.text,
        };
        return [
          {
            source: sourceLabel(row),
            values: conflict.fields.map((field) => ({ field, value: shorten(said[field]) })),
          },
        ];
      }),
    }));
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LONGEST ? flat : `${flat.slice(0, LONGEST - 1)}…`;
}
