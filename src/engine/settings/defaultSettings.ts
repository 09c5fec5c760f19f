import type { Settings } from "./Settings";

/**
 * The settings used when none are given. Kept as plain data (equal to `SettingsSchema.parse({})`, which a test
 * checks) so that validating with defaults does not load the schema library.
 */
export const DEFAULT_SETTINGS: Settings = {
  requiredFields: ["responsible", "deadline", "indicator"],
  recommendedFields: ["financing", "targetValue"],
  planPeriod: null,
  columns: {},
  maxIssues: 1000,
  rules: {},
};
