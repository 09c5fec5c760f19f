/**
 * Cyrillic → Latin as the official tables write it:
 * - Ukrainian: Cabinet of Ministers resolution No. 55 of 27 January 2010. Є, Ї, Й, Ю, Я are Ye, Yi, Y, Yu, Ya
 *   at the start of a word and ie, i, i, iu, ia elsewhere; "зг" is "zgh" (Згорани → Zghorany), so it is not
 *   read as "ж"; the soft sign and the apostrophe are not written.
 * - Bulgarian: Transliteration Act of 2009 (ДВ бр. 19). Щ sht, Ъ a, Ь y, Ю yu, Я ya; "ия" at the end of a
 *   word is "ia" (София → Sofia); the country's name is Bulgaria.
 * Letters of neither alphabet (ы, э, ё) get their usual reading; anything that is not Cyrillic is kept.
 */

type Table = Readonly<Record<string, string>>;

const SHARED: Table = {
  а: "a",
  б: "b",
  в: "v",
  д: "d",
  е: "e",
  ж: "zh",
  з: "z",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  ы: "y",
  э: "e",
  ё: "e",
};

const UKRAINIAN: Table = {
  ...SHARED,
  г: "h",
  ґ: "g",
  є: "ie",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  х: "kh",
  щ: "shch",
  ю: "iu",
  я: "ia",
  ь: "",
  ъ: "",
};

/** Ukrainian letters written differently at the start of a word. */
const UKRAINIAN_INITIAL: Table = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

const BULGARIAN: Table = {
  ...SHARED,
  г: "g",
  и: "i",
  й: "y",
  х: "h",
  щ: "sht",
  ъ: "a",
  ь: "y",
  ю: "yu",
  я: "ya",
  // Ukrainian letters in a Bulgarian text (a name quoted from Ukrainian)
  ґ: "g",
  є: "ie",
  і: "i",
  ї: "i",
};

const APOSTROPHES = /[’ʼ`´‘']/gu;
const LETTER = /\p{L}/u;
/** Words: runs of letters (apostrophes removed first, so "Знам'янка" is one word). */
const WORDS = /\p{L}+/gu;

export type TransliterationLanguage = "uk" | "bg";

/**
 * Latin spelling of a text: "Община Русе" → "Obshtina Ruse", "Ярославська" → "Yaroslavska". The alphabet is
 * read from the text (і, ї, є, ґ are Ukrainian; ъ without them Bulgarian), else `prefer`. A capital stays a
 * capital ("Щ" → "Shch"), a word in capitals stays in capitals ("РУО" → "RUO").
 */
export function transliterate(text: string, prefer: TransliterationLanguage = "uk"): string {
  const language = languageOf(text, prefer);
  return text
    .normalize("NFC")
    .replace(APOSTROPHES, (mark, at: number, whole: string) =>
      LETTER.test(whole.charAt(at - 1)) && LETTER.test(whole.charAt(at + 1)) ? "" : mark,
    )
    .replace(WORDS, (word) => (language === "uk" ? ukrainianWord(word) : bulgarianWord(word)));
}

/** Lower-case ASCII words joined by "-": "РУО-Русе" → "ruo-ruse"; at most `max` characters, whole words. */
export function slug(text: string, prefer: TransliterationLanguage = "uk", max = 48): string {
  const words = transliterate(text, prefer)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let result = "";
  for (const word of words) {
    const next = result === "" ? word : `${result}-${word}`;
    if (next.length > max && result !== "") break;
    result = next.slice(0, max);
  }
  return result;
}

function languageOf(text: string, prefer: TransliterationLanguage): TransliterationLanguage {
  if (/[іїєґ]/iu.test(text)) return "uk";
  if (/[ъ]/iu.test(text)) return "bg";
  return prefer;
}

function ukrainianWord(word: string): string {
  const chars = [...word];
  const lower = chars.map((ch) => ch.toLowerCase());
  const parts = lower.map((ch, i) => {
    if (i === 0 && UKRAINIAN_INITIAL[ch] !== undefined) return UKRAINIAN_INITIAL[ch];
    if (ch === "г" && lower[i - 1] === "з") return "gh";
    return UKRAINIAN[ch] ?? chars[i] ?? "";
  });
  return withCase(chars, parts);
}

function bulgarianWord(word: string): string {
  const chars = [...word];
  const lower = chars.map((ch) => ch.toLowerCase());
  if (lower.join("") === "българия") return withCase(chars, ["b", "u", "l", "g", "a", "r", "i", "a"]);
  const last = lower.length - 1;
  const parts = lower.map((ch, i) =>
    ch === "я" && i === last && lower[i - 1] === "и" ? "a" : (BULGARIAN[ch] ?? chars[i] ?? ""),
  );
  return withCase(chars, parts);
}

/**
 * The Latin parts (one per letter of the word) in the word's case: all capitals for a word in capitals,
 * else each capital letter's Latin with its first letter capitalised.
 */
function withCase(chars: readonly string[], parts: readonly string[]): string {
  const capitals = chars.filter(isCapital).length;
  if (chars.length > 1 && capitals === chars.length) return parts.join("").toUpperCase();
  return parts
    .map((latin, i) => (isCapital(chars[i] ?? "") ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin))
    .join("");
}

function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
