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

const APOSTROPHES = /[’ʼ`´‘]/g;
const QUOTES = /[«»„“”"‹›]/g;
const HYPHENS_AND_SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\-‐‑‒–—―−]+/g;
const WORD = /[\p{L}\p{M}']+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A key to compare names of bodies despite noise: NFC, lower case, one apostrophe, no quotes, no hyphens
 * or spaces ("житло-во-комунального" = "житлово-комунального"), Latin look-alikes inside Cyrillic words
 * turned Cyrillic ("Русe" with a Latin "e" = "Русе").
 */
export function executorKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, "")
    .replace(WORD, cyrillicLookAlikes)
    .replace(HYPHENS_AND_SPACES, "");
}

/** Maps look-alikes in a word that is otherwise Cyrillic; leaves Latin words and mixed words alone. */
function cyrillicLookAlikes(word: string): string {
  if (!CYRILLIC.test(word) || !/[a-z]/.test(word)) return word;
  const latin = word.replace(/[^a-z]/g, "");
  if ([...latin].some((ch) => LOOK_ALIKES[ch] === undefined)) return word;
  return word.replace(/[a-z]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
}
