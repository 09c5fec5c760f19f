import type { CheckableField } from "../table/FieldRole";

/**
 * Every finding the engine reports, with the parameters its message needs. Codes are stable kebab-case ids:
 * they appear in JSON output, settings and the message catalogues (a code without a message fails to compile).
 */
export type IssueParams = {
  "missing-responsible": Presence;
  "missing-deadline": Presence;
  "missing-indicator": Presence;
  "missing-financing": Presence;
  "missing-financing-amount": Presence;
  "missing-status": Presence;
  "missing-baseline": Presence;
  "missing-target-value": Presence;
  "missing-column": {
    field: CheckableField;
    sheets: readonly string[];
    /** The header cells seen on the first of those sheets: "A “№”", "B “Activity”". */
    seen: readonly string[];
    /** The column most like the missing one, to ask the user about; null when none hints at it. */
    candidate: { column: string; header: string } | null;
  };
  "empty-column": { field: CheckableField; column: string };
  "unparsed-deadline": { raw: string };
  "deadline-outside-period": { raw: string; periodStart: number; periodEnd: number };
  "numbering-gap": { number: string; previous: string };
  "duplicate-number": { number: string; firstRow: number };
  "number-goal-mismatch": { number: string; parentNumber: string; parentText: string };
  "vague-indicator": { text: string };
  "rows-joined": { firstRow: number; lastRow: number };
  "no-plan-table": { sheets: number };
  "sheet-without-table": Record<string, never>;
  "limit-reached": { limit: number; total: number };
};

/** What a missing-field finding knows: whether the cell held only a dash placeholder. */
export type Presence = { placeholder: boolean };

export type IssueCode = keyof IssueParams;

export type Severity = "error" | "warning" | "info";

/** Severity of each code unless settings say otherwise (missing fields: required → error, recommended → warning). */
export const DEFAULT_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  "missing-responsible": "error",
  "missing-deadline": "error",
  "missing-indicator": "error",
  "missing-financing": "warning",
  "missing-financing-amount": "warning",
  "missing-status": "warning",
  "missing-baseline": "warning",
  "missing-target-value": "warning",
  "missing-column": "error",
  "empty-column": "warning",
  "unparsed-deadline": "warning",
  "deadline-outside-period": "warning",
  "numbering-gap": "warning",
  "duplicate-number": "warning",
  "number-goal-mismatch": "warning",
  "vague-indicator": "warning",
  "rows-joined": "info",
  "no-plan-table": "error",
  "sheet-without-table": "info",
  "limit-reached": "info",
};

export const ISSUE_CODES = Object.keys(DEFAULT_SEVERITY) as IssueCode[];

/** The code that reports a missing value of a field: `responsible` → `missing-responsible`. */
export const MISSING_CODE = {
  responsible: "missing-responsible",
  deadline: "missing-deadline",
  indicator: "missing-indicator",
  financing: "missing-financing",
  financingAmount: "missing-financing-amount",
  status: "missing-status",
  baseline: "missing-baseline",
  targetValue: "missing-target-value",
} as const satisfies Readonly<Record<CheckableField, IssueCode>>;
