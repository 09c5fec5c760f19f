import { columnLetter } from "../../engine";
import type { PrintSpec, SheetSpec } from "../WorkbookSpec";
import { absoluteRangeRef, sheetRef } from "./cellRefs";
import { xmlAttr, xmlText } from "./escapeXml";

export const PRINT_TITLES = "_xlnm.Print_Titles";
export const PRINT_AREA = "_xlnm.Print_Area";

/**
 * The sheet-local defined names that make a sheet print as its spec says: the header rows (and title columns)
 * repeated on every page, and the print area (the printed columns, every row written). `p` is the namespace
 * prefix, `localSheetId` the sheet's position in the workbook.
 */
export function printNamesXml(p: string, sheet: SheetSpec, localSheetId: number): string {
  const print = sheet.print;
  if (print === undefined) return "";
  const names: string[] = [];
  const titles = printTitlesRef(sheet.name, print);
  if (titles !== null) names.push(nameXml(p, PRINT_TITLES, localSheetId, titles));
  if (print.columns !== undefined) {
    const lastRow = Math.max(0, sheet.rows.length - 1);
    const area = absoluteRangeRef({
      rowIndex: 0,
      colIndex: print.columns.first,
      lastRowIndex: lastRow,
      lastColIndex: print.columns.last,
    });
    names.push(nameXml(p, PRINT_AREA, localSheetId, sheetRef(sheet.name, area)));
  }
  return names.join("");
}

/** `'S'!$A:$B,'S'!$4:$4`, or null when nothing repeats. */
function printTitlesRef(sheet: string, print: PrintSpec): string | null {
  const refs: string[] = [];
  if (print.titleColumns !== undefined)
    refs.push(
      sheetRef(sheet, `$${columnLetter(print.titleColumns.first)}:$${columnLetter(print.titleColumns.last)}`),
    );
  if (print.titleRows !== undefined)
    refs.push(sheetRef(sheet, `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`));
  return refs.length === 0 ? null : refs.join(",");
}

function nameXml(p: string, name: string, localSheetId: number, refersTo: string): string {
  return `<${p}definedName name="${xmlAttr(name)}" localSheetId="${localSheetId}">${xmlText(refersTo)}</${p}definedName>`;
}
