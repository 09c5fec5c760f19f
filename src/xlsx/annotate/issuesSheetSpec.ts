import { printLayout } from "../printLayout";
import { cellAddress } from "../../engine";
import type { CellStyleName } from "../ooxml/styleTraits";
import type { IssuesSheet } from "../WorkbookAnnotations";
import type { CellInput, CellSpec, SheetSpec } from "../WorkbookSpec";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The issues sheet as a worksheet spec: a bold, frozen header row with filters over all rows, column
 * widths fitted to the content (long columns and texts with line breaks wrap), printed landscape on one page width, and each `link` cell
 * jumping to its problem cell. `sheetName` gives the real spelling of a linked sheet's name.
 */
export function issuesSheetSpec(
  issues: IssuesSheet,
  name: string,
  sheetName: (wanted: string) => string,
): SheetSpec {
  let columnCount = Math.max(issues.columns.length, 1);
  for (const row of issues.rows) columnCount = Math.max(columnCount, row.cells.length);
  const longest = Array.from(
    { length: columnCount },
    (_, c) => longestLine(issues.columns[c] ?? null) * 1.15,
  );
  for (const row of issues.rows)
    row.cells.forEach((value, c) => (longest[c] = Math.max(longest[c] ?? 0, longestLine(value))));
  const widths = longest.map((length) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2))));
  const breaks = new Set<number>();
  for (const row of issues.rows)
    row.cells.forEach((value, c) => typeof value === "string" && value.includes("\n") && breaks.add(c));
  const wraps = longest.map((length, c) => length > MAX_WIDTH || breaks.has(c));
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
  return {
    name,
    rows: [header, ...rows],
    columnWidths: widths,
    freeze: { rows: 1, columns: 0 },
    autoFilter: { rowIndex: 0, colIndex: 0, lastRowIndex: rows.length, lastColIndex: columnCount - 1 },
    print: printLayout({ rows: [header], columnWidths: widths }, { titleRows: { first: 0, last: 0 } }),
  };
}

function lines(value: string | number | null): string[] {
  return value === null ? [] : String(value).split("\n");
}

/** Length of the longest line of a cell's text. */
function longestLine(value: string | number | null): number {
  return lines(value).reduce((max, line) => Math.max(max, line.length), 0);
}
