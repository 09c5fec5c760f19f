import { cyrillicLookAlikes } from "../text/cyrillicLookAlikes";
const APOSTROPHES = /[’ʼ`´‘]/g;
const QUOTES = /[«»„“”"‹›]/g;
const HYPHENS_AND_SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\-‐‑‒–—―−]+/g;
const WORD = /[\p{L}\p{M}']+/gu;

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
