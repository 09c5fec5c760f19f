/** The most characters (UTF-16 units) Excel keeps in a cell; longer text is refused or cut by Excel itself. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text as a cell can hold it: unchanged when within {@link MAX_CELL_TEXT}, else cut (at a whole character)
 * and ended by a visible marker saying how much was cut (`marker(removed)`, e.g. "… [cut: 1,234
 * characters]"), the whole at most MAX_CELL_TEXT long (or `max`: a note leaves room for its author line).
 * Every writer of cells uses this (the marker in the output's language), so no cell PlanCheck writes is ever
 * too long for Excel.
 */
export function fitCellText(
  text: string,
  marker: (removed: number) => string = neutralMarker,
  max: number = MAX_CELL_TEXT,
): string {
  if (text.length <= max) return text;
  // the marker's length depends on the count (its digits, and the plural form: "символи" / "символів"), so
  // start from the marker for the largest count and give back characters until the whole fits
  let end = Math.max(0, max - marker(text.length).length);
  for (;;) {
    const last = text.charCodeAt(end - 1);
    if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
    const fitted = text.slice(0, end) + marker(text.length - end);
    if (fitted.length <= max || end === 0) return fitted;
    end -= fitted.length - max;
    end = Math.max(0, end);
  }
}

/** The marker when a writer knows no language (a safety net: callers pass a translated one). */
function neutralMarker(removed: number): string {
  return `… [−${removed}]`;
}
