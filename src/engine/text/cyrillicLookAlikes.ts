/** Latin letters that look like Cyrillic ones, as typed by mistake inside Cyrillic words (lower case). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: "а",
  e: "е",
  i: "і",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  b: "в",
  h: "н",
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ONLY_LOOK_ALIKES = /^[aeiopcxykmtbh]+$/;

/**
 * A lower-case word with its Latin look-alike letters turned Cyrillic ("oсвіти" → "освіти") when the word is
 * otherwise Cyrillic and every Latin letter in it has a look-alike; Latin and truly mixed words stay as they are.
 */
export function cyrillicLookAlikes(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  const latin = word.replace(/[^a-z]/g, "");
  if (latin === "" || !ONLY_LOOK_ALIKES.test(latin)) return word;
  return word.replace(/[a-z]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
}
