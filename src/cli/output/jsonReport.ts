import { collapseSpace, explainColumns, type Measure, type Plan, type ValidationResult } from "../../engine";
import { describeIssue, type Locale } from "../../i18n";

/**
 * The `--json` document: how each column was read (and why), the plan's measures as read, and every finding with
 * its message.
 */
export function jsonReport(file: string, plan: Plan, result: ValidationResult, locale: Locale): object {
  const measures = plan.sheets.flatMap((sheet) => sheet.measures.map(jsonMeasure));
  return {
    file,
    language: locale,
    plan: { title: plan.title, period: result.period },
    summary: {
      sheets: plan.sheets.filter((sheet) => sheet.headers.length > 0).length,
      measures: measures.length,
      errors: result.counts.error,
      warnings: result.counts.warning,
      info: result.counts.info,
      status: result.status,
      truncated: result.truncated,
    },
    columns: explainColumns(plan),
    measures,
    issues: result.issues.map((issue) => {
      const { message, hint } = describeIssue(issue, locale);
      const field = issue.field === null ? {} : { field: issue.field };
      return {
        code: issue.code,
        severity: issue.severity,
        sheet: issue.sheet,
        row: issue.row,
        cell: issue.cell,
        ...field,
        message,
        hint,
      };
    }),
  };
}

function jsonMeasure(measure: Measure): object {
  const text = (role: "indicator" | "financing"): string | null => {
    const value = collapseSpace(measure.fields[role]?.text ?? "");
    return value === "" ? null : value;
  };
  const d = measure.deadline;
  return {
    sheet: measure.sheet,
    row: measure.rowIndex + 1,
    lastRow: measure.lastRowIndex + 1,
    number: measure.number?.trim() ?? null,
    key: measure.key,
    text: measure.text,
    goal: measure.goal === null ? null : collapseSpace(measure.goal.text),
    task: measure.task === null ? null : collapseSpace(measure.task.text) || measure.task.number,
    responsible: measure.responsible.map((executor) => executor.name),
    deadline:
      d === null
        ? null
        : {
            raw: d.raw,
            kind: d.kind,
            start: d.start,
            end: d.end,
            qualifier: d.qualifier,
            ...(d.recurrence === undefined ? {} : { recurrence: d.recurrence }),
          },
    indicator: text("indicator"),
    financing: text("financing"),
  };
}
