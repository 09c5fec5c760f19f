import { parseDeadline } from "../parse/parseDeadline";

const PERIOD_KINDS: ReadonlySet<string> = new Set(["year", "quarter", "month", "range"]);

/**
 * The period a sub-column label names ("2025", "Q1 2025", "I кв. 2025", "січень 2025", "II півріччя 2025"), as
 * text the deadline grammar reads; null for any other label. Such labels split a timeline or a financing group
 * into periods.
 */
export function periodLabel(text: string): string | null {
  const label = text.replace(/\s+/g, " ").trim();
  if (label === "" || label.length > 40) return null;
  const deadline = parseDeadline(label);
  return deadline !== null && PERIOD_KINDS.has(deadline.kind) && deadline.start !== null ? label : null;
}
