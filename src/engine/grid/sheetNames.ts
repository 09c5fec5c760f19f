/**
 * Excel's rules for worksheet names, in one place for every sheet PlanCheck adds or renames (annotated copies,
 * templates, the consolidated workbook, the sheets the pane writes into Excel): 1–31 characters, none of
 * `[ ] : * ? / \`, no control character, no apostrophe at either end, not "History"; unique without case.
 * LibreOffice and other tools allow longer names and these characters, so a real plan may have them.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/;
const FORBIDDEN_ALL = /[[\]:*?/\\]|\p{Cc}/gu;

/** Why `name` cannot be an Excel sheet name (English, for programming errors), or null when it can. */
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
 * A valid sheet name derived from `wanted` that none of `taken` uses: forbidden and control characters
 * become spaces, the text is cut to 31 characters (whole code points), and a clash gets " (2)", " (3)", …
 * (the base shortened to fit). Empty or reserved names become "Sheet".
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const keys = new Set<string>();
  for (const name of taken) keys.add(sheetNameKey(name));
  return claim(wanted, keys);
}

/**
 * Valid, distinct names for several new sheets, in order, none clashing with `taken` (the sheets that stay)
 * nor with each other.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string> = []): string[] {
  const keys = new Set<string>();
  for (const name of taken) keys.add(sheetNameKey(name));
  return wanted.map((name) => claim(name, keys));
}

function claim(wanted: string, keys: Set<string>): string {
  const cleaned = cut(wanted.replace(FORBIDDEN_ALL, " ").replace(/\s+/g, " "), MAX_SHEET_NAME).replace(
    /^['\s]+|['\s]+$/g,
    "",
  );
  const base = cleaned === "" || cleaned.toLowerCase() === "history" ? "Sheet" : cleaned;
  let name = base;
  for (let n = 2; keys.has(sheetNameKey(name)); n++) {
    const suffix = ` (${n})`;
    name = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/['\s]+$/, "")}${suffix}`;
  }
  keys.add(sheetNameKey(name));
  return name;
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
