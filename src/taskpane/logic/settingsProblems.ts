import type { UiKey } from "../../i18n";
import type { Text } from "../text/makeText";

const SECTION: Readonly<Record<string, UiKey>> = {
  planPeriod: "pane.settings.period",
  maxIssues: "pane.settings.maxIssues",
  columns: "pane.settings.columns",
  requiredFields: "pane.settings.fields",
  recommendedFields: "pane.settings.fields",
  rules: "pane.settings.rules",
};

/**
 * Names the settings sections `parseSettings` complained about ("planPeriod.startYear: …" → "Plan period"),
 * in the pane's language and without repeats; problems outside known sections are shown as they are.
 */
export function settingsProblems(problems: readonly string[], text: Text): string {
  const names = problems.map((problem) => {
    const key = SECTION[problem.split(/[.:]/)[0] ?? ""];
    return key === undefined ? problem : text.ui(key);
  });
  return [...new Set(names)].join("; ");
}
