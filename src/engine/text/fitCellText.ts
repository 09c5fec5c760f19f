/** The most characters (UTF-16 units) Excel keeps in a cell; longer text is refused or cut by Excel itself. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text as a cell can hold it: unchanged when within {@link MAX_CELL_TEXT}, else cut (at a whole character)
 * and ended by a visible marker saying how much was cut (`marker(removed)`, e.g. "… [cut: 1,234
 * characters]"), the whole at most MAX_CELL_TEXT long. Every writer of cells uses this (the marker in the
 * output's language), so no cell PlanCheck writes is ever too long for Excel.
 */
export function fitCellText(text: string, marker: (removed: number) => string = neutralMarker): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  // the marker's length hardly depends on the count: measure it with the largest count possible
  const room = Math.max(0, MAX_CELL_TEXT - marker(text.length).length);
  let end = room;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
  return text.slice(0, end) + marker(text.length - end);
}

/** The marker when a writer knows no language (a safety net: callers pass a translated one). */
function neutralMarker(removed: number): string {
  return `… [−${removed}]`;
}
