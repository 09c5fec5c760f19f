import { type AnyIssue, collapseSpace, type Plan, type ValidationResult } from "../../engine";
import { describeIssue, type Locale, t, yearSpan } from "../../i18n";

/** The default report: a summary, then the findings grouped by sheet with their cell addresses and fix hints. */
export function humanReport(plan: Plan, result: ValidationResult, locale: Locale): string {
  const lines: string[] = [];
  if (plan.title !== null)
    lines.push(t(locale, "cli.title", { title: shorten(collapseSpace(plan.title), 120) }));
  const period = result.period;
  lines.push(
    period === null ? t(locale, "cli.periodUnknown") : t(locale, "cli.period", { years: yearSpan(period) }),
  );
  const measures = plan.sheets.reduce((n, sheet) => n + sheet.measures.length, 0);
  const sheets = plan.sheets.filter((sheet) => sheet.headers.length > 0).length;
  const { error, warning, info } = result.counts;
  lines.push(t(locale, "cli.summary", { measures, sheets, errors: error, warnings: warning, info }));
  if (result.status === "ok") lines.push(t(locale, "cli.noProblems"));
  const groups = new Map<string | null, AnyIssue[]>();
  for (const issue of result.issues) groups.set(issue.sheet, [...(groups.get(issue.sheet) ?? []), issue]);
  for (const [sheet, issues] of groups) {
    lines.push("", sheet === null ? t(locale, "cli.workbook") : t(locale, "cli.sheet", { sheet }));
    const hinted = new Set<string>();
    for (const issue of issues) {
      const { message, hint } = describeIssue(issue, locale);
      const cell = (issue.cell ?? (issue.row === null ? "" : String(issue.row))).padEnd(6);
      const severity = t(locale, `severity.${issue.severity}`).padEnd(14);
      lines.push(`  ${t(locale, "cli.issueLine", { cell, severity, message })}`);
      // The fix hint once per rule and sheet: repeated hints drown the findings.
      if (!hinted.has(issue.code)) lines.push(`  ${" ".repeat(6)}  ${" ".repeat(14)}  → ${hint}`);
      hinted.add(issue.code);
    }
  }
  return `${lines.join("\n")}\n`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
