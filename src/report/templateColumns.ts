import { type FieldRole, REPORT_ROLES, type ReportRole } from "../engine";
import { type Locale, t } from "../i18n";

/** The report columns a template adds, in order, with their label key (labels the plan parser recognises). */
export const TEMPLATE_REPORT_COLUMNS = [
  { role: "status", label: "template.column.status", width: 16 },
  { role: "currentValue", label: "template.column.value", width: 16 },
  { role: "reportText", label: "template.column.text", width: 50 },
  { role: "reasons", label: "template.column.reasons", width: 32 },
  { role: "fundsSpent", label: "template.column.funds", width: 16 },
] as const satisfies readonly { role: ReportRole; label: string; width: number }[];

export function reportColumnLabels(language: Locale): string[] {
  return TEMPLATE_REPORT_COLUMNS.map((column) => t(language, column.label));
}

/** True for the columns an executor fills in: the template replaces them by its own report columns. */
export function isReportRole(role: FieldRole | undefined): boolean {
  return role !== undefined && (REPORT_ROLES as readonly string[]).includes(role);
}

const PLAN_WIDTHS: Partial<Record<FieldRole, number>> = {
  number: 8,
  taskNumber: 8,
  goal: 30,
  task: 30,
  measure: 60,
  responsible: 30,
  deadline: 14,
  indicator: 32,
  financing: 22,
  financingAmount: 14,
  targetValue: 14,
  baseline: 14,
};

/** A readable width for a plan column of this role (characters). */
export function planColumnWidth(role: FieldRole | undefined): number {
  return (role === undefined ? undefined : PLAN_WIDTHS[role]) ?? 16;
}
