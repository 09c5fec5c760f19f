export const LOCALES = ["uk", "bg", "en"] as const;

export type Locale = (typeof LOCALES)[number];

/** Each language named in itself (an autonym is the same in every catalogue, so it is not translated). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  uk: "Українська",
  bg: "Български",
  en: "English",
};

/**
 * The catalogue for a language tag as hosts report it ("uk-UA", "bg", "en-US", "uk_UA.UTF-8"); English for
 * anything else.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = "en"): Locale {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_.]/)[0] ?? "";
  if (primary === "uk" || primary === "ua") return "uk";
  if (primary === "bg") return "bg";
  if (primary === "en") return "en";
  return fallback;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
