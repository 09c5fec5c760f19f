import { cellAddress } from "../../engine";
import { readAttr, removeAttr, setAttr } from "../ooxml/attributes";
import { parseRef } from "../ooxml/cellRefs";
import { findStartTag, isSelfClosing, tagEnd } from "../ooxml/xmlScan";
import type { PatchStyles, StylePatch, Tags } from "./patchSheetCells";

/**
 * Restyles the cells of one `<row>` (all patches are in this row), creating absent cells in column order.
 * Returns the new text of the whole row element.
 */
export function patchRow(
  xml: string,
  rowStart: number,
  rowOpen: number,
  rowEnd: number,
  rowIndex: number,
  patches: readonly StylePatch[],
  styles: PatchStyles,
  t: Tags,
): string {
  const tag = setAttr(xml.slice(rowStart, rowOpen), "r", String(rowIndex + 1));
  const custom = readAttr(tag, "customFormat");
  const rowXf = custom === "1" || custom === "true" ? Number(readAttr(tag, "s") ?? 0) : null;
  const base = (col: number): number => rowXf ?? styles.columnXf(col);
  const cells = (list: readonly StylePatch[]): string => newCells(list, rowIndex, base, styles, t);
  if (isSelfClosing(xml, rowOpen)) {
    return `${removeAttr(tag, "spans").replace(/\s*\/>$/, ">")}${cells(patches)}${t.rowClose}`;
  }
  const extLst = findStartTag(xml.slice(rowOpen, rowEnd), t.extLst, 0);
  const contentEnd = extLst === -1 ? rowEnd - t.rowClose.length : rowOpen + extLst;
  const out: string[] = [];
  let copied = rowOpen;
  let pos = rowOpen;
  let prevCol = -1;
  let i = 0;
  let inserted = false;
  for (;;) {
    const cellStart = findStartTag(xml, t.cell, pos, contentEnd);
    if (cellStart === -1) break;
    const cellOpen = tagEnd(xml, cellStart);
    let cellTag = xml.slice(cellStart, cellOpen);
    const ref = readAttr(cellTag, "r");
    const col = ref === null ? prevCol + 1 : (parseRef(ref)?.colIndex ?? prevCol + 1);
    let j = i;
    while (j < patches.length && (patches[j]?.colIndex ?? 0) < col) j++;
    if (j > i) {
      out.push(xml.slice(copied, cellStart), cells(patches.slice(i, j)));
      copied = cellStart;
      i = j;
      inserted = true;
    }
    const patch = patches[i];
    if (ref === null) cellTag = setAttr(cellTag, "r", cellAddress(rowIndex, col));
    if (patch && patch.colIndex === col) {
      cellTag = setAttr(
        cellTag,
        "s",
        String(styles.restyle(Number(readAttr(cellTag, "s") ?? 0), patch.severity)),
      );
      i++;
    }
    if (cellTag !== xml.slice(cellStart, cellOpen)) {
      out.push(xml.slice(copied, cellStart), cellTag);
      copied = cellOpen;
    }
    prevCol = col;
    pos = isSelfClosing(xml, cellOpen) ? cellOpen : xml.indexOf(t.cellClose, cellOpen) + t.cellClose.length;
  }
  if (i < patches.length) {
    out.push(xml.slice(copied, contentEnd), cells(patches.slice(i)));
    copied = contentEnd;
    inserted = true;
  }
  out.push(xml.slice(copied, rowEnd));
  return (inserted ? removeAttr(tag, "spans") : tag) + out.join("");
}

export function newCells(
  patches: readonly StylePatch[],
  rowIndex: number,
  base: (col: number) => number,
  styles: PatchStyles,
  t: Tags,
): string {
  return patches
    .map(
      (patch) =>
        `<${t.cell} r="${cellAddress(rowIndex, patch.colIndex)}" s="${styles.restyle(base(patch.colIndex), patch.severity)}"/>`,
    )
    .join("");
}

export function newRows(patches: readonly StylePatch[], styles: PatchStyles, t: Tags): string {
  const out: string[] = [];
  for (let i = 0; i < patches.length;) {
    const rowIndex = patches[i]?.rowIndex ?? 0;
    let j = i;
    while (j < patches.length && patches[j]?.rowIndex === rowIndex) j++;
    out.push(
      `<${t.row} r="${rowIndex + 1}">${newCells(patches.slice(i, j), rowIndex, styles.columnXf, styles, t)}${t.rowClose}`,
    );
    i = j;
  }
  return out.join("");
}
