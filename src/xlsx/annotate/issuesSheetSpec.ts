import { cellAddress } from "../../engine/grid/address";
import type { CellInput, CellSpec, SheetSpec } from "../WorkbookSpec";
import type { CellStyleName } from "../ooxml/styleTraits";
import type { IssuesSheet } from "../WorkbookAnnotations";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The issues sheet as a worksheet spec: a bold, frozen header row with filters over all rows, column
 * widths fitted to the content (long columns wrap), and each `link` cell jumping to its problem cell.
 * `sheetName` gives the real spelling of a linked sheet's name.
 */
export function issuesSheetSpec(
  issues: IssuesSheet,
  name: string,
  sheetName: (wanted: string) => string,
): SheetSpec {
  const columnCount = Math.max(issues.columns.length, ...issues.rows.map((row) => row.cells.length), 1);
  const longest = Array.from({ length: columnCount }, (_, c) =>
    Math.max(
      textLength(issues.columns[c] ?? null) * 1.15,
      ...issues.rows.map((row) => textLength(row.cells[c] ?? null)),
    ),
  );
  const wraps = longest.map((length) => length > MAX_WIDTH);
  const header: CellInput[] = Array.from({ length: columnCount }, (_, c) => ({
    value: issues.columns[c] ?? "",
    style: "header",
  }));
  const rows = issues.rows.map((row): CellInput[] =>
    Array.from({ length: columnCount }, (_, c): CellSpec => {
      const value = row.cells[c] ?? null;
      const styles: CellStyleName[] = [wraps[c] ? "wrap" : "top"];
      const link = row.link && row.link.column === c ? row.link : undefined;
      if (!link) return { value, style: styles };
      const target = { sheet: sheetName(link.sheet), rowIndex: link.rowIndex, colIndex: link.colIndex };
      return {
        value: value ?? cellAddress(link.rowIndex, link.colIndex),
        style: [...styles, "link"],
        link: target,
      };
    }),
  );
  const lastColIndex = columnCount - 1;
  return {
    name,
    rows: [header, ...rows],
    columnWidths: longest.map((length) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2)))),
    freeze: { rows: 1, columns: 0 },
    autoFilter: { rowIndex: 0, colIndex: 0, lastRowIndex: rows.length, lastColIndex },
  };
}

/** Length of the longest line of a cell's text. */
function textLength(value: string | number | null): number {
  if (value === null) return 0;
  return Math.max(
    ...String(value)
      .split("\n")
      .map((line) => line.length),
  );
}
