import { readAttr } from "../ooxml/attributes";
import { findStartTag, isSelfClosing, prefixOf, tagEnd, type XmlElement } from "../ooxml/xmlScan";
import { newRows, patchRow } from "./patchRow";
import type { Severity } from "../../engine";

/** A cell to restyle, sorted by row then column. */
export type StylePatch = {
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly severity: Severity;
};

export type PatchStyles = {
  /** The style index replacing `baseXf` for a mark of this severity. */
  readonly restyle: (baseXf: number, severity: Severity) => number;
  /** The style an absent cell shows (its column's style, else 0). */
  readonly columnXf: (colIndex: number) => number;
};

export type Tags = { row: string; rowClose: string; cell: string; cellClose: string; extLst: string };

/**
 * Restyles cells inside `<sheetData>` by scanning and splicing the XML once, front to back: only the
 * start tags of rows and cells are parsed, so a 25k-row sheet stays linear. Absent cells and rows are
 * created in their sorted place. Rows or cells without an `r` attribute get one where we touch them, so
 * inserted siblings cannot shift their implicit positions.
 */
export function patchSheetCells(
  xml: string,
  sheetData: XmlElement,
  patches: readonly StylePatch[],
  styles: PatchStyles,
): string {
  const p = prefixOf(sheetData.name);
  const t: Tags = {
    row: `${p}row`,
    rowClose: `</${p}row>`,
    cell: `${p}c`,
    cellClose: `</${p}c>`,
    extLst: `${p}extLst`,
  };
  const open = tagEnd(xml, sheetData.start);
  if (isSelfClosing(xml, open)) {
    return `${xml.slice(0, sheetData.start)}<${sheetData.name}>${newRows(patches, styles, t)}</${sheetData.name}>${xml.slice(open)}`;
  }
  const limit = sheetData.end - sheetData.name.length - 3;
  const out: string[] = [];
  let copied = 0;
  let pos = open;
  let prevRow = -1;
  let i = 0;
  while (i < patches.length) {
    const rowStart = findStartTag(xml, t.row, pos, limit);
    if (rowStart === -1) break;
    const rowOpen = tagEnd(xml, rowStart);
    const r = readAttr(xml.slice(rowStart, rowOpen), "r");
    const rowIndex = r === null ? prevRow + 1 : Number(r) - 1;
    const rowEnd = isSelfClosing(xml, rowOpen)
      ? rowOpen
      : xml.indexOf(t.rowClose, rowOpen) + t.rowClose.length;
    let j = i;
    while (j < patches.length && (patches[j]?.rowIndex ?? 0) < rowIndex) j++;
    const inserted = j > i;
    if (inserted) {
      out.push(xml.slice(copied, rowStart), newRows(patches.slice(i, j), styles, t));
      copied = rowStart;
      i = j;
    }
    while (j < patches.length && patches[j]?.rowIndex === rowIndex) j++;
    if (j > i || (inserted && r === null)) {
      out.push(
        xml.slice(copied, rowStart),
        patchRow(xml, rowStart, rowOpen, rowEnd, rowIndex, patches.slice(i, j), styles, t),
      );
      copied = rowEnd;
      i = j;
    }
    prevRow = rowIndex;
    pos = rowEnd;
  }
  if (i < patches.length) {
    out.push(xml.slice(copied, limit), newRows(patches.slice(i), styles, t));
    copied = limit;
  }
  out.push(xml.slice(copied));
  return out.join("");
}
