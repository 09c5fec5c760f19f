import type { Locale } from "../../i18n";

const TAGS: Readonly<Record<Locale, string>> = { uk: "uk-UA", bg: "bg-BG", en: "en-GB" };
const percents = new Map<Locale, Intl.NumberFormat>();
const amounts = new Map<Locale, Intl.NumberFormat>();

/** A share as the language writes a percentage, one decimal at most: "32,4 %", "32.4%". */
export function formatShare(share: number | null, locale: Locale): string {
  if (share === null) return "–";
  let format = percents.get(locale);
  if (format === undefined)
    percents.set(
      locale,
      (format = new Intl.NumberFormat(TAGS[locale], { style: "percent", maximumFractionDigits: 1 })),
    );
  return format.format(share);
}

/** An amount or a value, grouped as the language groups digits, two decimals at most: "1 234,5". */
export function formatAmount(value: number, locale: Locale): string {
  let format = amounts.get(locale);
  if (format === undefined)
    amounts.set(locale, (format = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** An ISO day as the language writes dates: 31.12.2025 (uk, bg), 31/12/2025 (en). */
export function formatDay(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split("-");
  return locale === "en" ? `${day}/${month}/${year}` : `${day}.${month}.${year}`;
}
