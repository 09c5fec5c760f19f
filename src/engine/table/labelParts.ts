import type { HeaderBlock } from "./TableColumns";

/** Between the rows of a two-row header's label: "Обсяг фінансування / 2025". */
const SEPARATOR = " / ";

/** A column's label from its header rows, upper first, empty rows left out. */
export function joinLabelParts(parts: readonly string[]): string {
  return parts.filter((part) => part !== "").join(SEPARATOR);
}

/** The lowest row of a column's label: "2025" of "Обсяг фінансування / 2025", "End" of "Timeframe / End". */
export function lowerLabel(header: HeaderBlock, colIndex: number): string {
  return (header.labels[colIndex] ?? "").split(SEPARATOR).pop()?.trim() ?? "";
}
