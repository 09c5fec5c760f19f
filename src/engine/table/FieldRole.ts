/**
 * What a column holds. Plan columns first, then the columns executors add when they report.
 * Stable identifiers: they appear in settings, JSON output and issue `field`s.
 */
export const FIELD_ROLES = [
  "number",
  "section",
  "goal",
  "taskNumber",
  "task",
  "measure",
  "responsible",
  "partners",
  "deadline",
  "indicator",
  "financing",
  "financingAmount",
  "status",
  "baseline",
  "currentValue",
  "targetValue",
  "reportText",
  "reasons",
  "fundsSpent",
] as const;

export type FieldRole = (typeof FIELD_ROLES)[number];

/** The fields a measure can be checked for (a measure's own text and numbering are structural). */
export const CHECKABLE_FIELDS = [
  "responsible",
  "deadline",
  "indicator",
  "financing",
  "financingAmount",
  "status",
  "baseline",
  "targetValue",
] as const satisfies readonly FieldRole[];

export type CheckableField = (typeof CHECKABLE_FIELDS)[number];

/** Fields where a lone dash means "none / not needed" and therefore counts as a value. */
export const DASH_COUNTS_AS_VALUE: ReadonlySet<FieldRole> = new Set([
  "financing",
  "financingAmount",
  "fundsSpent",
]);

/** The columns an executor fills in when reporting: only a report names them. */
export const REPORT_ROLES = ["status", "currentValue", "reportText", "reasons", "fundsSpent"] as const;

export type ReportRole = (typeof REPORT_ROLES)[number];
