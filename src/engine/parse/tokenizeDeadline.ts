export type DeadlineTokenType = "iso" | "date" | "number" | "word" | "dash" | "comma" | "other";

export type DeadlineToken = { type: DeadlineTokenType; text: string };

const TYPES: readonly DeadlineTokenType[] = ["iso", "date", "number", "word", "dash", "comma", "other"];

// One alternative per token type (in TYPES order); the last, ungrouped one swallows what carries no meaning.
const TOKEN =
  /(\d{4}-\d{1,2}-\d{1,2}(?!\d))|(\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d))|(\d+)|([\p{L}\p{M}'’ʼ]+)|([-‐‑‒–—―−])|([,;])|([^\s.()[\]«»„“”"':!?])|[\s.()[\]«»„“”"':!?]+/uy;

/** Splits lower-cased deadline text into dates, numbers, words, dashes and commas; spaces, dots, brackets go. */
export function tokenizeDeadline(text: string): DeadlineToken[] {
  const tokens: DeadlineToken[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (match = TOKEN.exec(text)) !== null) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined);
    const type = TYPES[index - 1];
    if (type !== undefined) tokens.push({ type, text: match[0] });
  }
  return tokens;
}
