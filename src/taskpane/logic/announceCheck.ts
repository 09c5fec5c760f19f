import type { Text } from "../text/makeText";
import { SEVERITIES } from "../../engine";
import { severityLabel, type SeverityTally } from "./findingCounts";

/** What the live region says when a check finishes: "Check finished. Measures found: 28. Errors: 1, …". */
export function announceCheck(text: Text, measures: number, counts: SeverityTally): string {
  return text.ui("pane.announce.checked", {
    measures: text.ui("pane.summary.measures", { count: measures }),
    counts: SEVERITIES.map((severity) => severityLabel(text, severity, counts[severity])).join(", "),
  });
}
