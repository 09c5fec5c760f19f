import type { CellValue } from "../grid/CellValue";

/** The text of a cell as a user reads it: numbers in plain notation, dates as ISO `YYYY-MM-DD`, empty as `""`. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isoDate(value);
}

/** `YYYY-MM-DD` of a date, read in UTC (hosts build dates at UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
