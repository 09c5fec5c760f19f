import type { Severity } from "../checks/IssueCode";

/**
 * The fill of a marked cell by severity, as RGB hex (Excel's "Bad" red, "Neutral" yellow, and a light blue):
 * the Excel adapter paints these and recognises them as its own, the annotated .xlsx copy fills with them.
 */
export const MARK_COLOURS: Readonly<Record<Severity, string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};
