import type { SheetView } from "../grid/SheetView";
import { detectHeader } from "../table/detectHeader";
import { matchHeaderRole } from "../table/matchHeaderRole";
import type { HeaderBlock } from "../table/TableColumns";

/**
 * Every header on the sheet, top to bottom. The first is searched row by row; once a table is known, a row
 * is re-checked as a repeated header only when its measure (or task) cell itself reads like a label — which
 * keeps the scan cheap on sheets with tens of thousands of rows.
 */
export function findHeaders(view: SheetView): HeaderBlock[] {
  const headers: HeaderBlock[] = [];
  let r = 0;
  while (r < view.rowCount) {
    const last = headers[headers.length - 1];
    const header = last === undefined || looksLikeRepeat(view, r, last) ? detectHeader(view, r) : null;
    if (header !== null) {
      headers.push(header);
      r = header.lastRowIndex + 1;
    } else {
      r++;
    }
  }
  return headers;
}

function looksLikeRepeat(view: SheetView, rowIndex: number, last: HeaderBlock): boolean {
  for (const colIndex of [last.roles.measure, last.roles.task, last.roles.responsible]) {
    if (colIndex === undefined) continue;
    const text = view.text(rowIndex, colIndex);
    if (text !== "" && text.length <= 120 && matchHeaderRole(text) !== null) return true;
  }
  return false;
}
