/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 represents a substring of 13 or
 * more characters as a view into its parent, so grid values sliced from a worksheet would hold the whole
 * decoded part in memory for as long as the grid lives. Prepending a character and slicing it off again
 * forces a flat copy.
 */
export function detachText(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
