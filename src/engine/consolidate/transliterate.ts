/** Cyrillic → Latin as the official Ukrainian (2010) and Bulgarian (2009) romanisations write it. */

const COMMON: Readonly<Record<string, string>> = {
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
  ь: "",
  ы: "y",
  э: "e",
  ё: "e",
};

const UKRAINIAN: Readonly<Record<string, string>> = {
  ...COMMON,
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
  ъ: "",
};

const BULGARIAN: Readonly<Record<string, string>> = {
  ...COMMON,
  г: "g",
  и: "i",
  й: "y",
  х: "h",
  щ: "sht",
  ъ: "a",
  ю: "yu",
  я: "ya",
  і: "i",
  ї: "i",
  є: "ie",
  ґ: "g",
};

const APOSTROPHES = /[’ʼ`´‘']/g;

/**
 * Latin spelling of a text: "Община Русе" → "Obshtina Ruse", "Департамент освіти" → "Departament osvity".
 * The alphabet is read from the text (і, ї, є, ґ are Ukrainian; ъ, щ without them Bulgarian), else `prefer`.
 * Capitals stay capitals; anything that is not Cyrillic is kept.
 */
export function transliterate(text: string, prefer: "uk" | "bg" = "uk"): string {
  const table = /[іїєґІЇЄҐ]/u.test(text) ? UKRAINIAN : /[ъЪ]/u.test(text) ? BULGARIAN : tableFor(prefer);
  let out = "";
  for (const ch of text.normalize("NFC").replace(APOSTROPHES, "")) {
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Lower-case ASCII words joined by "-": "РУО-Русе" → "ruo-ruse"; at most `max` characters, whole words. */
export function slug(text: string, prefer: "uk" | "bg" = "uk", max = 48): string {
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

function tableFor(prefer: "uk" | "bg"): Readonly<Record<string, string>> {
  return prefer === "bg" ? BULGARIAN : UKRAINIAN;
}
