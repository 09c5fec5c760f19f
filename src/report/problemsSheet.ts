import { type Consolidation, severityRank } from "../engine";
import { type Locale, t } from "../i18n";
import { type CellInput, printLayout, type SheetSpec } from "../xlsx";
import { executorNames } from "./consolidationLabels";
import { describeProblem } from "./describeProblem";
import { HEADER } from "./printSpans";
import { wholeSheetTable } from "./wholeSheetTable";

const COLUMNS = ["severity", "problem", "file", "sheet", "row", "executor", "measure", "message"] as const;
const WIDTHS = [12, 22, 30, 22, 8, 30, 22, 90];

/** Every problem, errors first, with where it is (file, sheet, row), whose it is and a message. */
export function problemsSheet(result: Consolidation, locale: Locale): SheetSpec {
  const name = executorNames(result);
  const problems = [...result.problems].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const rows: CellInput[][] = [
    COLUMNS.map((key) => ({ value: t(locale, `consolidate.column.${key}`), style: "header" })),
  ];
  for (const problem of problems) {
    rows.push([
      { value: t(locale, `severity.${problem.severity}`), style: problem.severity },
      problem.code,
      problem.file,
      problem.sheet,
      problem.row,
      problem.executor === null && problem.code !== "executor-unknown" ? null : name(problem.executor),
      problem.measure === null ? null : `${problem.measure.sheet} › ${problem.measure.row}`,
      { value: describeProblem(problem, locale, name), style: "wrap" },
    ]);
  }
  return {
    name: t(locale, "consolidate.sheet.problems"),
    rows,
    print: printLayout({ rows, columnWidths: WIDTHS }, { titleRows: HEADER }),
    columnWidths: WIDTHS,
    freeze: { rows: 1, columns: 0 },
    tables: wholeSheetTable("Problems", rows.length, COLUMNS.length),
  };
}
