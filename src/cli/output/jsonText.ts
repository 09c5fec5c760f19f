/**
 * A lone surrogate as JSON.stringify writes it (well-formed JSON.stringify escapes an unpaired surrogate as
 * `\udXXX`, which strict readers refuse): a `\u` escape of a surrogate after an even number of backslashes
 * (after an odd number, the backslash itself was escaped: the text held the six characters). Paired
 * surrogates are written as the characters themselves, so every such escape in the output is a lone one.
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;
/** Characters JSON.stringify leaves raw that act on a terminal (see terminalText): escaped as `\uXXXX`. */
const RAW_ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same characters, to test for (a replace that finds nothing still costs several times a test). */
const ANY_RAW_ACTIVE = new RegExp(RAW_ACTIVE.source);

/**
 * A value as JSON text that every strict reader accepts and that is valid UTF-8: unpaired surrogates (text
 * from a damaged workbook, in values or keys) become U+FFFD, counted in `repaired` so the caller can say so;
 * DEL, C1, BIDI controls and the line separators are written as `\uXXXX` escapes (the same text for a JSON
 * reader, inert on a terminal). At most two passes over the text JSON.stringify gives, each after a quick test; none over the value.
 */
export function jsonText(
  value: unknown,
  indent?: number,
): { readonly text: string; readonly repaired: number } {
  let repaired = 0;
  const json = JSON.stringify(value, null, indent);
  // JSON.stringify writes a lone surrogate as a lower-case `\udXXX`: most output has none, and the exact
  // pattern (with its look-behind) costs a scan of megabytes.
  const whole =
    json.includes("\\ud") || json.includes("\\uD")
      ? json.replace(LONE_SURROGATE_ESCAPE, (_match, backslashes: string) => {
          repaired++;
          return `${backslashes}\\ufffd`;
        })
      : json;
  const text = ANY_RAW_ACTIVE.test(whole)
    ? whole.replace(RAW_ACTIVE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : whole;
  return { text, repaired };
}
