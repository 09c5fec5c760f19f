import type { AnyIssue, CellMark } from "../engine";
import { describeIssue, type Locale, t } from "../i18n";
import type { IssuesSheetRow, WorkbookAnnotations } from "../xlsx";

/**
 * What an annotated copy shows for a list of findings: each problem cell coloured by severity with a note
 * (message and hint), and an issues sheet listing every finding with a link to its cell.
 */
export function issueAnnotations(issues: readonly AnyIssue[], locale: Locale): WorkbookAnnotations {
  const marks: CellMark[] = [];
  const rows: IssuesSheetRow[] = [];
  for (const issue of issues) {
    const { message, hint } = describeIssue(issue, locale);
    const cells = [
      t(locale, `severity.${issue.severity}`),
      issue.sheet ?? "",
      issue.cell ?? "",
      issue.code,
      message,
      hint,
    ];
    if (issue.sheet !== null && issue.rowIndex !== null && issue.colIndex !== null) {
      marks.push({
        sheet: issue.sheet,
        rowIndex: issue.rowIndex,
        colIndex: issue.colIndex,
        severity: issue.severity,
        note: `${message}\n${hint}`,
      });
      rows.push({
        cells,
        link: { sheet: issue.sheet, rowIndex: issue.rowIndex, colIndex: issue.colIndex, column: 2 },
      });
    } else {
      rows.push({ cells });
    }
  }
  const columns = (["severity", "sheet", "cell", "rule", "message", "hint"] as const).map((key) =>
    t(locale, `annotate.column.${key}`),
  );
  return {
    marks,
    issuesSheet: { name: t(locale, "annotate.sheetName"), columns, rows },
    author: t(locale, "annotate.author"),
  };
}
