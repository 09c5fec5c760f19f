import type { Consolidation } from "../engine";
import { type Locale, t } from "../i18n";
import { type CellInput, printLayout, type SheetSpec } from "../xlsx";
import { executorNames } from "./consolidationLabels";
import { HEADER } from "./printSpans";
import { wholeSheetTable } from "./wholeSheetTable";

const WIDTHS = [40, 36, 22, 12, 12, 12, 10];

const COLUMNS = [
  "file",
  "executor",
  "identifiedBy",
  "reportRows",
  "matched",
  "unmatched",
  "template",
] as const;

/** Per returned file: whose it is, how that was found, and how many of its rows were matched. */
export function filesSheet(result: Consolidation, locale: Locale): SheetSpec {
  const name = executorNames(result);
  const rows: CellInput[][] = [
    COLUMNS.map((key) => ({ value: t(locale, `consolidate.column.${key}`), style: "header" })),
  ];
  for (const file of result.files) {
    rows.push([
      file.file,
      file.executor === null ? { value: name(null), style: "error" } : name(file.executor),
      t(locale, `consolidate.by.${file.identifiedBy}`),
      file.reportRows,
      file.matchedRows,
      file.unmatchedRows === 0 ? 0 : { value: file.unmatchedRows, style: "error" },
      t(locale, file.template ? "consolidate.yes" : "consolidate.no"),
    ]);
  }
  return {
    name: t(locale, "consolidate.sheet.files"),
    rows,
    columnWidths: WIDTHS,
    print: printLayout({ rows, columnWidths: WIDTHS }, { titleRows: HEADER }),
    freeze: { rows: 1, columns: 0 },
    tables: wholeSheetTable("Returns", rows.length, COLUMNS.length),
  };
}
