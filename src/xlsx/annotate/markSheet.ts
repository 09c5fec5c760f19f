import { markCells, type CellMark, type MarkedCell } from "../../engine";
import { readAttr, setAttr } from "../ooxml/attributes";
import { parseRange, rangeRef } from "../ooxml/cellRefs";
import type { StyleBook } from "../ooxml/StyleBook";
import { FILL_RGB } from "../ooxml/styleTraits";
import { childElements, findStartTag, localName, prefixOf, rootElement, tagEnd } from "../ooxml/xmlScan";
import { WorkbookReadError } from "../WorkbookReadError";
import { attachNotes } from "./attachNotes";
import type { OoxmlPackage } from "./OoxmlPackage";
import { patchSheetCells } from "./patchSheetCells";
import { columnStyles, parseMerges } from "./sheetLookups";
import type { SheetEntry } from "./workbookParts";

/** Fills and notes for the marks of one worksheet, patched into its part (and its comments/VML parts). */
export function markSheet(
  pkg: OoxmlPackage,
  sheet: SheetEntry,
  marks: readonly CellMark[],
  styles: StyleBook,
  author: string,
  vmlBlocks: Set<number>,
): void {
  let xml = pkg.requireText(sheet.path);
  const root = rootElement(xml);
  const children = childElements(xml, root);
  const child = (name: string): (typeof children)[number] | undefined =>
    children.find((el) => localName(el.name) === name);
  const sheetData = child("sheetData");
  if (!sheetData)
    throw new WorkbookReadError(
      "corrupt",
      `The workbook is damaged: sheet "${sheet.name}" has no cell data.`,
    );
  const cells = markCells(marks, parseMerges(xml, child("mergeCells")));
  xml = patchSheetCells(xml, sheetData, cells, {
    restyle: (xf, severity) => styles.withFill(xf, FILL_RGB[severity]),
    columnXf: columnStyles(xml, child("cols")),
  });
  xml = widenDimension(xml, root.name, sheetData.start, cells);
  const notes = cells
    .filter((cell) => cell.note !== "")
    .map((cell) => ({ rowIndex: cell.rowIndex, colIndex: cell.colIndex, text: cell.note }));
  if (notes.length > 0) xml = attachNotes(pkg, sheet.path, xml, notes, author, vmlBlocks);
  pkg.setText(sheet.path, xml);
}

/** Grows `<dimension ref>` (before `<sheetData>`, so its offset is unchanged) to cover cells we created. */
function widenDimension(xml: string, rootName: string, before: number, cells: readonly MarkedCell[]): string {
  const at = findStartTag(xml, `${prefixOf(rootName)}dimension`, 0, before);
  if (at === -1 || cells.length === 0) return xml;
  const end = tagEnd(xml, at);
  const tag = xml.slice(at, end);
  const current = parseRange(readAttr(tag, "ref") ?? "");
  if (!current) return xml;
  let { rowIndex, colIndex, lastRowIndex, lastColIndex } = current;
  for (const cell of cells) {
    rowIndex = Math.min(rowIndex, cell.rowIndex);
    colIndex = Math.min(colIndex, cell.colIndex);
    lastRowIndex = Math.max(lastRowIndex, cell.rowIndex);
    lastColIndex = Math.max(lastColIndex, cell.colIndex);
  }
  const ref = rangeRef({ rowIndex, colIndex, lastRowIndex, lastColIndex });
  return xml.slice(0, at) + setAttr(tag, "ref", ref) + xml.slice(end);
}
