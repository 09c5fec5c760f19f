import type { Settings } from "../settings/Settings";
import type { CheckableField } from "../table/FieldRole";
import type { Severity } from "./IssueCode";

/** The fields to check and how serious a gap is: required → error, recommended → warning. */
export function checkedFields(settings: Settings): Array<{ field: CheckableField; severity: Severity }> {
  const required = settings.requiredFields.map((field) => ({ field, severity: "error" as const }));
  const recommended = settings.recommendedFields
    .filter((field) => !settings.requiredFields.includes(field))
    .map((field) => ({ field, severity: "warning" as const }));
  return [...required, ...recommended];
}
