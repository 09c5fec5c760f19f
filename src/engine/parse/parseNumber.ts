import type { CellValue } from "../grid/CellValue";
import { collapseSpace } from "../text/collapseSpace";
import { isPlaceholder } from "../text/isPlaceholder";
import { notApplicableWords } from "./notApplicableWords";

/** A report or target value: blank, 0 and "н/д" stay distinct. */
export type ParsedNumber =
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "empty" }
  | { kind: "not-applicable" }
  | { kind: "text" };

const EMPTY: ParsedNumber = { kind: "empty" };
const NOT_APPLICABLE: ParsedNumber = { kind: "not-applicable" };
const TEXT: ParsedNumber = { kind: "text" };

// Optional minus, digits with separators, optional percent sign; spaces are already collapsed to one.
const NUMBER_TEXT = /^([-−–] ?)?(\d[\d., ]*)(?: ?%)?$/;
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^\d+(?:[.,]\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ONE_COMMA_GROUP = /^\d{1,3},\d{3}$/;
const ONE_DOT_GROUP = /^\d{1,3}\.\d{3}$/;

/** The language whose conventions settle an ambiguous separator ("1,234": 1234 in English, 1.234 elsewhere). */
export type NumberLocale = "uk" | "bg" | "en";

/**
 * Reads a value typed by an official. Numeric cells are taken as they are. Text may use spaces (NBSP, thin
 * spaces) as thousands separators and a decimal comma: "1 234,5" → 1234.5. With both "." and "," the last
 * one is the decimal mark ("1.234,5", "1,234.5"). A single separator is always decimal, so "1,234" is 1.234,
 * as Ukrainian and Bulgarian write it (never one thousand two hundred and thirty-four). A leading minus and
 * a trailing "%" are kept / dropped; a leading "+" ("+2") is a change, not a value, so it stays text.
 * `locale` settles the one ambiguous writing, a single separator before exactly three digits: "1,234" is one
 * thousand two hundred and thirty-four in English, "1.234" in Bulgarian (where a dot groups thousands); in the
 * other cases they are decimals. "3 of 5", "12 / 7" and other text stay text.
 */
export function parseNumber(value: CellValue, locale: NumberLocale = "uk"): ParsedNumber {
  if (value === null) return EMPTY;
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value, fromText: false } : TEXT;
  }
  if (typeof value !== "string") return TEXT;
  const text = collapseSpace(value);
  if (text === "") return EMPTY;
  if (isPlaceholder(text) || notApplicableWords.has(text.toLowerCase().replace(/\.$/, ""))) {
    return NOT_APPLICABLE;
  }
  const match = NUMBER_TEXT.exec(text);
  const digits = match?.[2]?.trimEnd();
  const magnitude = digits === undefined ? null : readDigits(digits, locale);
  if (match === null || magnitude === null) return TEXT;
  // Adding 0 turns -0 into 0.
  return { kind: "number", value: (match[1] ? -magnitude : magnitude) + 0, fromText: true };
}

/** The value of digits with thousands separators and a decimal mark, or null when they are not a number. */
function readDigits(digits: string, locale: NumberLocale): number | null {
  if (digits.includes(" ")) {
    return SPACE_GROUPS.test(digits) ? readDigits(digits.replace(/ /g, ""), locale) : null;
  }
  if (locale === "en" && ONE_COMMA_GROUP.test(digits)) return Number(digits.replace(",", ""));
  if (locale === "bg" && ONE_DOT_GROUP.test(digits)) return Number(digits.replace(".", ""));
  if (PLAIN.test(digits)) return Number(digits.replace(",", "."));
  if (DOT_GROUPS.test(digits)) return Number(digits.replace(/\./g, "").replace(",", "."));
  if (COMMA_GROUPS.test(digits)) return Number(digits.replace(/,/g, ""));
  return null;
}
