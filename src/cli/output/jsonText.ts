/** An unpaired surrogate: no UTF-8 can encode it, and strict JSON readers refuse its `\udXXX` escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
/** Characters JSON.stringify leaves raw that act on a terminal (see terminalText): escaped as `\uXXXX`. */
const RAW_ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as JSON text that every strict reader accepts and that is valid UTF-8: unpaired surrogates (text
 * from a damaged workbook) become U+FFFD, counted in `repaired` so the caller can say so; DEL, C1, BIDI
 * controls and the line separators are written as `\uXXXX` escapes (the same text for a JSON reader, inert
 * on a terminal).
 */
export function jsonText(
  value: unknown,
  indent?: number,
): { readonly text: string; readonly repaired: number } {
  let repaired = 0;
  const repair = (text: string): string =>
    text.replace(LONE_SURROGATES, () => {
      repaired++;
      return "\ufffd";
    });
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item === "string") return repair(item);
      if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
      const keys = Object.keys(item);
      if (!keys.some((key) => LONE_SURROGATE.test(key))) return item;
      return Object.fromEntries(keys.map((key) => [repair(key), (item as Record<string, unknown>)[key]]));
    },
    indent,
  ).replace(RAW_ACTIVE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return { text, repaired };
}
