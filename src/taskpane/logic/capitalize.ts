/** "responsible bodies" → "Responsible bodies": catalogue names used as labels. */
export function capitalize(text: string, locale: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(locale) + text.slice(1);
}
