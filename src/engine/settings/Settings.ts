import { z } from "zod";
import { ISSUE_CODES } from "../checks/IssueCode";
import { CHECKABLE_FIELDS, FIELD_ROLES } from "../table/FieldRole";

const field = z.enum(CHECKABLE_FIELDS);
const year = z.number().int().min(1990).max(2100);
const columnLetter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}$/, "a column letter such as D");

/**
 * What a validation checks, as the user (or the workbook) sets it. Unknown keys are rejected so that a typo in
 * a settings file is reported instead of silently ignored.
 */
export const SettingsSchema = z.strictObject({
  /** Fields every measure must have: a missing value is an error. */
  requiredFields: z.array(field).default(["responsible", "deadline", "indicator"]),
  /** Fields a measure should have where the plan has the column: a missing value is a warning. */
  recommendedFields: z.array(field).default(["financing", "targetValue"]),
  /** The plan period; null = read it from the title ("на 2024-2025 роки"). */
  planPeriod: z
    .strictObject({ startYear: year, endYear: year })
    .refine((p) => p.startYear <= p.endYear, "the period must not end before it starts")
    .nullable()
    .default(null),
  /** Column corrections per sheet name: role → column letter. */
  columns: z.record(z.string(), z.partialRecord(z.enum(FIELD_ROLES), columnLetter)).default({}),
  /** Stop listing findings after this many (the counts stay complete). */
  maxIssues: z.number().int().min(1).max(1_000_000).default(1000),
  /** Per-code severity overrides; "off" silences a rule. */
  rules: z.partialRecord(z.enum(ISSUE_CODES), z.enum(["error", "warning", "info", "off"])).default({}),
});

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export { DEFAULT_SETTINGS } from "./defaultSettings";

/**
 * One thing wrong with settings, structured so each host can say it in the user's language: where (a key
 * path such as "planPeriod.startYear", "" for the whole object) and what.
 */
export type SettingsProblem = {
  readonly path: string;
  readonly kind:
    | "type"
    | "whole-number"
    | "too-small"
    | "too-large"
    | "unknown-key"
    | "choice"
    | "column-letter"
    | "period-order"
    | "other";
  /** For "type": what was expected ("number", "array", "string", "object", "boolean"). */
  readonly expected?: string;
  /** For "too-small" and "too-large": the smallest or largest allowed value. */
  readonly limit?: number;
  /** For "choice": the allowed values; for "unknown-key": the keys not known. */
  readonly values?: readonly string[];
};

export type SettingsResult =
  { ok: true; settings: Settings } | { ok: false; problems: string[]; details: SettingsProblem[] };

/** Validates settings from a file, a workbook or the UI; problems name the offending key. */
export function parseSettings(input: unknown): SettingsResult {
  const result = SettingsSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join(".") || "(settings)"}: ${issue.message}`),
    details: result.error.issues.map(settingsProblem),
  };
}

type SchemaIssue = z.core.$ZodIssue;

function settingsProblem(issue: SchemaIssue): SettingsProblem {
  const path = issue.path.map(String).join(".");
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int"
        ? { path, kind: "whole-number" }
        : { path, kind: "type", expected: issue.expected };
    case "too_small":
      return { path, kind: "too-small", limit: Number(issue.minimum) };
    case "too_big":
      return { path, kind: "too-large", limit: Number(issue.maximum) };
    case "unrecognized_keys":
      return { path, kind: "unknown-key", values: issue.keys };
    case "invalid_value":
      return { path, kind: "choice", values: issue.values.map(String) };
    case "invalid_format":
      return { path, kind: "column-letter" };
    case "custom":
      return { path, kind: "period-order" };
    default:
      return { path, kind: "other" };
  }
}
