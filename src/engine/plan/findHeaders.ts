import type { SheetView } from "../grid/SheetView";
import { detectHeader } from "../table/detectHeader";
import { bestRole } from "../table/scoreLabel";
import type { HeaderBlock } from "../table/TableColumns";

/**
 * Every header on the sheet, top to bottom. The first is searched row by row; once a table is known, a row
 * is re-checked as a repeated header only when its measure (or task) cell reads like that column's label —
 * which keeps the scan cheap on sheets with tens of thousands of rows. `reports`: see ParsePlanOptions.
 */
export function findHeaders(view: SheetView, reports = false): HeaderBlock[] {
  const headers: HeaderBlock[] = [];
  let r = 0;
  while (r < view.rowCount) {
    const last = headers[headers.length - 1];
    const header =
      last === undefined || looksLikeRepeat(view, r, last) ? detectHeader(view, r, reports) : null;
    if (header !== null) {
      headers.push(header);
      r = header.lastRowIndex + 1;
    } else {
      r++;
    }
  }
  return headers;
}

/**
 * A repeated header shows the first header's label in its measure (or task) column — verbatim as a rule, or at
 * least a short label of the same role. Checked before the full header test, on every row.
 */
function looksLikeRepeat(view: SheetView, rowIndex: number, last: HeaderBlock): boolean {
  for (const role of ["measure", "task"] as const) {
    const colIndex = last.roles[role];
    if (colIndex === undefined) continue;
    const text = view.text(rowIndex, colIndex);
    if (text === "" || text.length > 40) continue;
    if (text === last.labels[colIndex] || bestRole(text) === role) return true;
  }
  return false;
}
