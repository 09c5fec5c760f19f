import { rangeAddress } from "../../engine";
import { columnSpans, type CellIndex } from "./columnSpans";

/**
 * Comma-separated A1 lists for `Worksheet.getRanges` ("E12, F3:F7"), adjacent cells of a column joined into
 * one area. Each list stays under `maxChars`: getRanges rejects long lists (reported failing near 8,000
 * characters, github.com/OfficeDev/office-js/issues/5198), so many cells take a few calls, never one per cell.
 */
export function areaAddresses(cells: readonly CellIndex[], maxChars: number): string[] {
  const areas = columnSpans(cells, 0, Number.MAX_SAFE_INTEGER).map((span) =>
    rangeAddress(span.rowIndex, span.colIndex, span.rowIndex + span.rowCount - 1, span.colIndex),
  );
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 2 + area.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? area : `${current}, ${area}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}
