import { cellValue, type SheetContext } from "./cellValue";
import { clearCellContent, newCellContent, readCellContent } from "./readCellContent";
import { newCellTag, readCellTag } from "./readCellTag";
import { readRowTag, type RowTag } from "./readRowTag";
import { unsupported } from "./OoxmlUnsupported";
import type { SheetCells } from "../../../engine";
import { closeTagEnd, isLocalName, nameEnd, skipSpaces } from "./xmlNames";

/**
 * One linear pass over a worksheet's `<sheetData>` content, from just after its start tag; returns the
 * offset just past `</sheetData>`. Cells go straight into `cells`, no cell objects in between.
 *
 * Placement follows SheetJS: a cell's own `r` decides where it goes; cells without `r` follow the previous
 * cell of their row, on the row's `r` (rows without `r` follow the previous non-empty row; self-closing
 * rows do not count).
 */
export function scanSheetData(xml: string, from: number, context: SheetContext, cells: SheetCells): number {
  const row: RowTag = { rowNumber: null, selfClosing: false, end: 0 };
  let rowNumber = 0;
  for (let i = skipSpaces(xml, from); ; i = skipSpaces(xml, i)) {
    if (xml.charCodeAt(i) !== 60) unsupported("text between rows");
    if (xml.charCodeAt(i + 1) === 47) {
      const end = closeTagEnd(xml, i, "sheetData");
      return end === -1 ? unsupported("an unexpected closing tag in sheetData") : end;
    }
    const nameStop = nameEnd(xml, i + 1);
    if (!isLocalName(xml, i + 1, nameStop, "row")) unsupported("an element other than a row in sheetData");
    readRowTag(xml, nameStop, row);
    i = row.end;
    if (row.selfClosing) continue;
    rowNumber = row.rowNumber ?? rowNumber + 1;
    if ((rowNumber & 1023) === 0) context.onRows?.(rowNumber);
    i = scanRow(xml, i, rowNumber, context, cells);
  }
}

const tag = newCellTag();
const content = newCellContent();

function scanRow(
  xml: string,
  from: number,
  rowNumber: number,
  context: SheetContext,
  cells: SheetCells,
): number {
  let colIndex = -1;
  for (let i = skipSpaces(xml, from); ; i = skipSpaces(xml, i)) {
    if (xml.charCodeAt(i) !== 60) unsupported("text inside a row");
    if (xml.charCodeAt(i + 1) === 47) {
      const end = xml.startsWith("</row>", i) ? i + 6 : closeTagEnd(xml, i, "row");
      return end === -1 ? unsupported("an unexpected closing tag in a row") : end;
    }
    const nameStop = xml.charCodeAt(i + 1) === 99 ? i + 2 : nameEnd(xml, i + 1);
    const after = xml.charCodeAt(nameStop);
    if ((after !== 32 && after !== 62 && after !== 47) || !isLocalName(xml, i + 1, nameStop, "c")) {
      unsupported("an element other than a cell in a row");
    }
    readCellTag(xml, nameStop, tag);
    if (tag.selfClosing) clearCellContent(content, tag.end);
    else readCellContent(xml, tag.end, content);
    let rowIndex = tag.row;
    if (tag.col >= 0) colIndex = tag.col;
    else {
      colIndex++;
      rowIndex = rowNumber - 1;
      if (mentionsR(xml, i, content.end)) unsupported("a cell without r that SheetJS would misplace");
    }
    const value = cellValue(xml, tag, content, context);
    if (value !== undefined) cells.set(rowIndex, colIndex, value);
    i = content.end;
  }
}

/** SheetJS looks for `r="…"` anywhere in a cell without `r` (text included) to find its column. */
function mentionsR(xml: string, from: number, to: number): boolean {
  for (let at = from; at + 2 < to; at++) {
    if (xml.charCodeAt(at) !== 114 || xml.charCodeAt(at + 1) !== 61) continue;
    const quote = xml.charCodeAt(at + 2);
    if (quote === 34 || quote === 39) return true;
  }
  return false;
}
