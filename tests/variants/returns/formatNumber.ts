/** How a return writes numbers: the thousands separator, the decimal mark, and a percent sign or not. */
export type NumberStyle = { readonly thousands: string; readonly decimal: string; readonly name: string };

export const NUMBER_STYLES: Record<string, NumberStyle> = {
  space: { name: "space", thousands: " ", decimal: "," },
  nbsp: { name: "nbsp", thousands: "\u00a0", decimal: "," },
  thin: { name: "narrow-nbsp", thousands: "\u202f", decimal: "," },
  en: { name: "en", thousands: ",", decimal: "." },
  bg: { name: "bg-dot", thousands: ".", decimal: "," },
};

/** 1234.5 → "1 234,5" / "1,234.5" / "1.234,5" (two decimals at most, trailing zeros dropped). */
export function formatNumber(value: number, style: NumberStyle): string {
  const [whole = "0", fraction] = String(Math.round(Math.abs(value) * 100) / 100).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  return `${value < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : style.decimal + fraction}`;
}

/** The fixtures' rule for numbers typed as text: spaces out, a decimal comma becomes a dot. */
export function fixtureNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}
