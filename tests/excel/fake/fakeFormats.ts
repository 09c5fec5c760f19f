import type { Profile } from "./profiles";

/**
 * Number formats as the fake's Excel reports them.
 *
 * `Range.numberFormat` is documented as Excel's format code ("numberFormatLocal" being the user's language).
 * On Excel for the web it comes back in the account's regional format instead (OfficeDev/office-js#2824, open
 * product bug; #1553: "for Excel online, the problem still exist"): the web profile translates the date and
 * time letters, the decimal and thousands separators and "General" into the profile's locale. The letters are
 * those of Ukrainian and Bulgarian Excel (ДД.ММ.РРРР, дд.мм.гггг); TESTING.md asks a tester to confirm them.
 * Quoted text, escaped characters and bracketed parts ([$-uk-UA], [Red], [h]) stay as they are.
 */
const LETTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "uk-UA": { d: "Д", m: "М", y: "Р", h: "г", s: "с", D: "Д", M: "М", Y: "Р", H: "г", S: "с" },
  "bg-BG": { d: "д", m: "м", y: "г", h: "ч", s: "с", D: "д", M: "м", Y: "г", H: "ч", S: "с" },
};
const GENERAL: Readonly<Record<string, string>> = { "uk-UA": "Загальний", "bg-BG": "Общ" };

export function reportedNumberFormat(code: string, profile: Profile): string {
  if (profile.platform !== "OfficeOnline") return code;
  const letters = LETTERS[profile.locale];
  if (letters === undefined) return code;
  if (code === "General") return GENERAL[profile.locale] ?? code;
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end + 1;
      out += code.slice(i, stop);
      i = stop - 1;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      const stop = end < 0 ? code.length : end + 1;
      out += code.slice(i, stop);
      i = stop - 1;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      out += code.slice(i, i + 2);
      i++;
    } else if ((ch === "." || ch === ",") && nextToDigit(code, i)) {
      out += ch === "." ? "," : " ";
    } else {
      out += letters[ch] ?? ch;
    }
  }
  return out;
}

/** A separator between digit placeholders: the decimal point or thousands separator, not a date's dot. */
function nextToDigit(code: string, i: number): boolean {
  return /[0#?]/.test(code[i - 1] ?? "") || /[0#?]/.test(code[i + 1] ?? "");
}

/**
 * `Range.numberFormatCategories` (ExcelApi 1.12): the category of the Format Cells dialog, whatever the
 * locale. Excel's built-in formats have a category; anything else is "Custom" ("A custom format that is not a
 * part of any category", Excel.NumberFormatCategory docs). The fake knows the built-in formats the tests use.
 */
const CATEGORIES: Readonly<Record<string, Excel.NumberFormatCategory>> = {
  General: "General" as Excel.NumberFormatCategory,
  "0": "Number" as Excel.NumberFormatCategory,
  "0.00": "Number" as Excel.NumberFormatCategory,
  "#,##0": "Number" as Excel.NumberFormatCategory,
  "#,##0.00": "Number" as Excel.NumberFormatCategory,
  "0%": "Percentage" as Excel.NumberFormatCategory,
  "0.00%": "Percentage" as Excel.NumberFormatCategory,
  "0.00E+00": "Scientific" as Excel.NumberFormatCategory,
  "@": "Text" as Excel.NumberFormatCategory,
  "dd.mm.yyyy": "Date" as Excel.NumberFormatCategory,
  "m/d/yyyy": "Date" as Excel.NumberFormatCategory,
  "d mmmm yyyy": "Date" as Excel.NumberFormatCategory,
  "yyyy-mm-dd": "Date" as Excel.NumberFormatCategory,
  "dd.mm.yyyy hh:mm": "Date" as Excel.NumberFormatCategory,
  "m/d/yyyy h:mm": "Time" as Excel.NumberFormatCategory,
  "h:mm": "Time" as Excel.NumberFormatCategory,
  "h:mm:ss": "Time" as Excel.NumberFormatCategory,
  "h:mm:ss AM/PM": "Time" as Excel.NumberFormatCategory,
  "[h]:mm:ss": "Time" as Excel.NumberFormatCategory,
};

export function numberFormatCategory(code: string): Excel.NumberFormatCategory {
  return CATEGORIES[code] ?? ("Custom" as Excel.NumberFormatCategory);
}
