import { READ_LIMITS } from "../limits";
import { checkZip } from "./checkZip";
import { countOdsCells } from "./countOdsCells";
import { inflateEntry, inflateWhole, InflateBudget } from "./inflateEntry";
import { overLimit } from "./overLimit";
import type { InputFormat } from "./sniffFormat";

/** Bytes that end a line, and the separators SheetJS may take for a text file's columns. */
const LF = 0x0a;
const CR = 0x0d;
const SEPARATORS = new Set([0x2c, 0x3b, 0x09]);

/**
 * What SheetJS must never be handed: it inflates every part of a zip package at once, whatever it declares,
 * and holds several times what it reads. So before it sees a file: a zip package's parts are charged their
 * declared sizes and then really inflated (into nothing) to prove them, each stopped where it inflates to
 * more than it declares, and an OpenDocument sheet's repeated cells are counted (countOdsCells); a legacy
 * .xls or a text file is bounded by its size, a text file's lines and fields, counted in one pass, by the row
 * and cell limits. Each refusal is one line naming the limit.
 */
export function guardSheetJs(data: Uint8Array, format: InputFormat): void {
  if (data.length > READ_LIMITS.fileBytes) overLimit("fileBytes");
  if (format !== "zip") {
    if (data.length > READ_LIMITS.sheetJsBytes) overLimit("sheetJsBytes");
    if (format === "text") countText(data);
    return;
  }
  const entries = checkZip(data);
  const budget = new InflateBudget(READ_LIMITS.sheetJsBytes, "sheetJsBytes");
  budget.charge(entries);
  const ods = entries.some((entry) => entry.name.toLowerCase() === "meta-inf/manifest.xml");
  for (const entry of entries) {
    if (ods && entry.name.toLowerCase() === "content.xml")
      countOdsCells(new TextDecoder().decode(inflateWhole(data, entry)));
    else inflateEntry(data, entry, () => undefined);
  }
}

/** Lines and fields of a text file, counted generously (every separator and line end counts). */
function countText(data: Uint8Array): void {
  let lines = 1;
  let fields = 1;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    if (byte === LF || (byte === CR && data[i + 1] !== LF)) {
      lines++;
      fields++;
    } else if (SEPARATORS.has(byte)) fields++;
  }
  if (lines > READ_LIMITS.rows) overLimit("rows");
  if (fields > READ_LIMITS.cells) overLimit("cells");
}
