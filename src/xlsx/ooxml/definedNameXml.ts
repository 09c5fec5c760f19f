import type { CellRange } from "../../engine";
import { absoluteRangeRef, sheetRef } from "./cellRefs";
import { xmlAttr, xmlText } from "./escapeXml";

export type DefinedNameOptions = { readonly localSheetId?: number; readonly hidden?: boolean };

/** `<definedName>` referring to a range: `'План'!$A$1:$D$10`. `p` is the namespace prefix. */
export function definedNameXml(
  p: string,
  name: string,
  sheet: string,
  range: CellRange,
  options: DefinedNameOptions = {},
): string {
  const local = options.localSheetId === undefined ? "" : ` localSheetId="${options.localSheetId}"`;
  const hidden = options.hidden ? ' hidden="1"' : "";
  const refersTo = xmlText(sheetRef(sheet, absoluteRangeRef(range)));
  return `<${p}definedName name="${xmlAttr(name)}"${local}${hidden}>${refersTo}</${p}definedName>`;
}

/** The hidden name Excel keeps for a sheet's auto-filter range. */
export const FILTER_DATABASE = "_xlnm._FilterDatabase";
