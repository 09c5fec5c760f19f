import { cellAddress } from "../../engine";
import type { ChartSpec } from "../../report";

/**
 * Queues native stacked bar charts (ExcelApi 1.1): series by columns of the source block, the title, the
 * legend below, placed over the cells `at`. `worksheetOf` gives the written sheet of an output sheet name.
 */
export function queueCharts(
  charts: readonly ChartSpec[],
  worksheetOf: (name: string) => Excel.Worksheet | undefined,
): void {
  for (const spec of charts) {
    const worksheet = worksheetOf(spec.sheet);
    if (worksheet === undefined) continue;
    const { rowIndex, colIndex, lastRowIndex, lastColIndex } = spec.source;
    const source = worksheet.getRangeByIndexes(
      rowIndex,
      colIndex,
      lastRowIndex - rowIndex + 1,
      lastColIndex - colIndex + 1,
    );
    const chart = worksheet.charts.add("BarStacked", source, "Columns");
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    chart.setPosition(
      cellAddress(spec.at.rowIndex, spec.at.colIndex),
      cellAddress(spec.at.lastRowIndex, spec.at.lastColIndex),
    );
  }
}
