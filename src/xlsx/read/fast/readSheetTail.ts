import type { CellRange, SheetCells } from "../../../engine";
import { decodeRange } from "./looseRefs";
import { unsupported } from "./OoxmlUnsupported";
import { tagAttributes } from "./xmlTags";

const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const HYPERLINK = /<(?:\w+:)?hyperlink [^<>]*>/gm;
const LEGACY_DRAWING = /legacyDrawing r:id="(.*?)"/g;
const MAX_LINKED_CELLS = 1 << 20;

/**
 * What SheetJS reads after `</sheetData>` (or in the whole part when there is none), with its own regular
 * expressions so that the same elements count: merges (only `<mergeCell ref="…">` with `ref` first and
 * plain capitals), stub cells for hyperlinks, and the legacy drawing (notes) relationship id.
 */
export function readSheetTail(
  xml: string,
  from: number,
  cells: SheetCells,
): {
  merges: CellRange[];
  legacyDrawingId: string | null;
} {
  const merges: CellRange[] = [];
  MERGE.lastIndex = from;
  for (let m = MERGE.exec(xml); m !== null; m = MERGE.exec(xml)) {
    const { s, e } = decodeRange(m[0].slice(m[0].indexOf("=") + 2));
    merges.push({ rowIndex: s.r, colIndex: s.c, lastRowIndex: e.r, lastColIndex: e.c });
  }
  touchHyperlinks(xml, from, cells);
  LEGACY_DRAWING.lastIndex = from;
  const drawing = LEGACY_DRAWING.exec(xml);
  return { merges, legacyDrawingId: drawing ? (drawing[1] ?? "") : null };
}

/** SheetJS gives every cell a hyperlink covers a stub; it stops at the first hyperlink without `ref`. */
function touchHyperlinks(xml: string, from: number, cells: SheetCells): void {
  HYPERLINK.lastIndex = from;
  for (let m = HYPERLINK.exec(xml); m !== null; m = HYPERLINK.exec(xml)) {
    const ref = tagAttributes(m[0]).attrs.get("ref");
    if (!ref) return;
    const { s, e } = decodeRange(ref);
    if ((e.r - s.r + 1) * (e.c - s.c + 1) > MAX_LINKED_CELLS) unsupported("a hyperlink over a huge range");
    for (let r = s.r; r <= e.r; ++r) for (let c = s.c; c <= e.c; ++c) cells.touch(r, c);
  }
}
