import type { CheckableField, FieldRole, IssueCode, PlanPeriod, Settings, Severity } from "../../engine";

/** How strictly a field is checked: required → missing is an error, recommended → a warning. */
export type FieldLevel = "required" | "recommended" | "ignored";

export const FIELD_LEVELS: readonly FieldLevel[] = ["required", "recommended", "ignored"];

export function fieldLevel(settings: Settings, field: CheckableField): FieldLevel {
  if (settings.requiredFields.includes(field)) return "required";
  if (settings.recommendedFields.includes(field)) return "recommended";
  return "ignored";
}

export function withFieldLevel(settings: Settings, field: CheckableField, level: FieldLevel): Settings {
  const without = (list: readonly CheckableField[]): CheckableField[] => list.filter((f) => f !== field);
  return {
    ...settings,
    requiredFields:
      level === "required" ? [...without(settings.requiredFields), field] : without(settings.requiredFields),
    recommendedFields:
      level === "recommended"
        ? [...without(settings.recommendedFields), field]
        : without(settings.recommendedFields),
  };
}

/** Sets (letter) or removes (null: use what the header says) the column of a role on a sheet. */
export function withColumn(
  settings: Settings,
  sheet: string,
  role: FieldRole,
  letter: string | null,
): Settings {
  const roles = { ...settings.columns[sheet] };
  if (letter === null) delete roles[role];
  else roles[role] = letter;
  const columns = { ...settings.columns };
  if (Object.keys(roles).length === 0) delete columns[sheet];
  else columns[sheet] = roles;
  return { ...settings, columns };
}

/** Sets the plan period (null: read it from the title). Years may be NaN while the user types; saving rejects them. */
export function withPeriod(settings: Settings, period: PlanPeriod | null): Settings {
  return { ...settings, planPeriod: period === null ? null : { ...period } };
}

export function withMaxIssues(settings: Settings, maxIssues: number): Settings {
  return { ...settings, maxIssues };
}

/** Overrides a rule's severity, turns it off, or (null) restores its default. */
export function withRule(settings: Settings, code: IssueCode, severity: Severity | "off" | null): Settings {
  const rules = { ...settings.rules };
  if (severity === null) delete rules[code];
  else rules[code] = severity;
  return { ...settings, rules };
}

/** A number typed into a field: NaN for anything that is not a whole number. */
export function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** What a rule can be set to besides its default. */
export const RULE_CHOICES = ["error", "warning", "info", "off"] as const;

/** A rule choice from a picker's value; anything else (the "default" entry) restores the default. */
export function ruleChoice(value: string): Severity | "off" | null {
  return (RULE_CHOICES as readonly string[]).includes(value) ? (value as Severity | "off") : null;
}

/** A field level from a picker's value, or null for anything else. */
export function toFieldLevel(value: string): FieldLevel | null {
  return (FIELD_LEVELS as readonly string[]).includes(value) ? (value as FieldLevel) : null;
}
