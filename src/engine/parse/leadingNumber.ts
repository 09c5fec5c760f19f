/** A measure or task number at the start of a cell: "1)", "1.", "1.1", "1.1.1.", "а)". */
const LEADING = /^\s*(\d{1,3}(?:\.\d{1,3})*)(\.|\))?(?=[\s\u00a0]|\p{L}|$|[«"„(])/u;
const LETTER = /^\s*([a-zа-яіїєґ])\)/u;

export type LeadingNumber = { readonly token: string; readonly path: readonly number[] };

/** The number a text starts with, or null. `"1)\u00a0ведення…"` → `{ token: "1)", path: [1] }`. */
export function leadingNumber(text: string): LeadingNumber | null {
  const match = LEADING.exec(text);
  if (match !== null) return numberOf(match);
  const letter = LETTER.exec(text);
  return letter === null ? null : { token: `${letter[1]})`, path: [] };
}

/** Words a measure's text may start with before its number: "Захід 1.1.1.", "Мярка 3:", "Activity 2.1". */
const MEASURE_WORD =
  /^\s*(?:захід|заходу|мероприятие|мярка|мерка|дейност|дейността|activity|measure|action|intervention)\s*(?:№|no\.?|#)?\s*(?=\d)/iu;

/**
 * The number a measure's text starts with, bare ("1.1.1. Інформаційна кампанія") or after a word that names
 * a measure ("Захід 1.1.1. …", "Дейност 3: …", "Activity 2.1 …"); null when it has none.
 */
export function measureTextNumber(text: string): LeadingNumber | null {
  const bare = leadingNumber(text);
  if (bare !== null) return bare;
  const word = MEASURE_WORD.exec(text);
  if (word === null) return null;
  const found = LEADING_AFTER_WORD.exec(text.slice(word[0].length));
  return found === null ? null : numberOf(found);
}

/** A number matched as digits (group 1) and an optional closing "." or ")" (group 2). */
function numberOf(match: RegExpExecArray): LeadingNumber {
  const digits = match[1] ?? "";
  return { token: digits + (match[2] ?? ""), path: digits.split(".").map(Number) };
}

/** The number after a measure word: "1.1.1.", "3:", "2.1" (a colon ends it like a dot). */
const LEADING_AFTER_WORD = /^(\d{1,3}(?:\.\d{1,3})*)(\.|\))?(?=[\s\u00a0:,]|$)/u;

/** The number a number-column cell holds ("1.1", "5.1.", "          1", 3), or null when it holds none. */
export function cellNumber(text: string): LeadingNumber | null {
  const trimmed = text.trim();
  const found = leadingNumber(trimmed);
  return found !== null && found.token.length >= trimmed.replace(/\s+$/, "").length ? found : null;
}

/** Canonical form used in keys and comparisons: "5.1." → "5.1", "1)" → "1". */
export function canonicalNumber(token: string): string {
  return token.trim().replace(/[.)]+$/, "");
}

/**
 * The numbered activities of a cell that lists several ("1.1.1. …\n1.1.2. …"): every line that starts with a
 * number of the same depth as the first line's. A cell whose first line has no number lists none.
 */
export function numberedLines(text: string): LeadingNumber[] {
  const lines = text.split(/\r?\n/);
  const first = leadingNumber(lines[0] ?? "");
  if (first === null || first.path.length === 0) return [];
  const found: LeadingNumber[] = [first];
  for (const line of lines.slice(1)) {
    const number = leadingNumber(line);
    if (number !== null && number.path.length === first.path.length && /[.)]$/.test(number.token))
      found.push(number);
  }
  return found;
}
