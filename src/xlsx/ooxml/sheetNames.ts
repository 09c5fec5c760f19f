/** Excel's rules for worksheet names: 1-31 characters, none of `[]:*?/\`, no apostrophe at either end. */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/;

/** Why `name` cannot be a sheet name, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > MAX_SHEET_NAME) return `is longer than ${MAX_SHEET_NAME} characters`;
  if (FORBIDDEN.test(name)) return "contains one of the characters [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (/\p{Cc}/u.test(name)) return "contains a control character";
  if (name.toLowerCase() === "history") return 'is "History", which Excel reserves';
  return null;
}

/** Case-insensitive key for comparing sheet names as Excel does. */
export function sheetNameKey(name: string): string {
  return name.toUpperCase();
}

/**
 * A valid sheet name derived from `wanted` that is not in `existing`: forbidden characters become spaces,
 * the text is cut to 31 characters, and clashes get " (2)", " (3)", … (the base is shortened to fit).
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(sheetNameKey(name));
  const cleaned = cut(wanted.replace(/[[\]:*?/\\]|\p{Cc}/gu, " "), MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cleaned === "" || cleaned.toLowerCase() === "history" ? "Sheet" : cleaned;
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = cut(base, MAX_SHEET_NAME - suffix.length)
      .replace(/'+$/, "")
      .trimEnd();
    const candidate = `${head}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** The longest prefix of whole code points that fits in `max` UTF-16 units. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
