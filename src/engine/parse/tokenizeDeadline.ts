export type DeadlineTokenType =
  "iso" | "date" | "monthYear" | "number" | "word" | "dash" | "slash" | "comma" | "other";

export type DeadlineToken = { type: DeadlineTokenType; text: string };

const TYPES: readonly DeadlineTokenType[] = [
  "iso",
  "date",
  "monthYear",
  "number",
  "word",
  "dash",
  "slash",
  "comma",
  "other",
];

// One alternative per token type (in TYPES order); the last, ungrouped one swallows what carries no meaning.
// Dates: 2025-12-31, 2025.12.31; 31.12.2025, 31/12/25, 31-12-2025. Month and year: 12.2025, 03/2025, 2025-03.
const TOKEN =
  /(\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{4}\.\d{1,2}\.\d{1,2}(?!\d))|(\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d))|((?<!\p{L})\d{1,2}[./]\d{4}(?![\d./])|(?<![\d.])\d{4}-(?:0[1-9]|1[0-2])(?![\d./-]|\s*[\p{L}\d]))|(\d+)|([\p{L}\p{M}'’ʼ]+)|([-‐‑‒–—―−])|(\/)|([,;])|([^\s.()[\]«»„“”"':!?])|[\s.()[\]«»„“”"':!?]+/uy;

/**
 * Ordinal endings after a numeral: "III-то тримесечие", "2-ге півріччя", "1-й квартал", "2nd half",
 * "3-го кварталу", "II-ро полугодие". They are dropped so the numeral stands alone.
 */
const ORDINAL_ENDING =
  /(?<![\p{L}\d])(\d{1,2}|[ivxіх]{1,4})\s?[-‑–]?\s?(?:во|ви|ро|ри|ми|то|ти|st|nd|rd|th|ий|ій|й|ого|го|ге|ше|е|я)(?![\p{L}\d])/gu;

/** Splits lower-cased deadline text into dates, numbers, words, dashes and commas; spaces, dots, brackets go. */
export function tokenizeDeadline(text: string): DeadlineToken[] {
  const tokens: DeadlineToken[] = [];
  const source = text.replace(ORDINAL_ENDING, "$1 ");
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (match = TOKEN.exec(source)) !== null) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined);
    const type = TYPES[index - 1];
    if (type !== undefined) tokens.push({ type, text: match[0] });
  }
  return tokens;
}
