import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** Text meant to act on a terminal: clear the screen, set the window title, overwrite a line, reorder text. */
export const TERMINAL_ATTACK =
  "\u001b[2J\u001b]0;pwned\u0007 \r\u0000\u009b31m \u202edlrow\u202c \u2066x\u2069";

/**
 * Text as XML character data that Excel and SheetJS read back exactly: what XML cannot hold (C0 controls,
 * unpaired surrogates) as Excel's `_xHHHH_` escapes, and the markup characters as entities.
 */
export function excelEscaped(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const paired =
      (high && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) ||
      (low && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800);
    if ((code < 0x20 && code !== 0x0a && code !== 0x09) || ((high || low) && !paired) || code === 0xfffe)
      out += `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    else
      out +=
        ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" } as Record<string, string>)[
          text[i] ?? ""
        ] ?? text[i];
  }
  return out;
}

/**
 * A workbook package with placeholders replaced, in every XML part (cell text, sheet names), by text no writer
 * of ours would put there: what a hostile or damaged file holds.
 */
export function withRawText(bytes: Uint8Array, replacements: Readonly<Record<string, string>>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = strFromU8(data);
    for (const [placeholder, text] of Object.entries(replacements))
      xml = xml.split(placeholder).join(excelEscaped(text));
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}
