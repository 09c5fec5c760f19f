import { cellAddress } from "../../engine";
import type { ChartSpec } from "../../report";
import { rangeOf } from "./rangeOf";

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
    const chart = worksheet.charts.add("BarStacked", rangeOf(worksheet, spec.source), "Columns");
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    chart.setPosition(
      cellAddress(spec.at.rowIndex, spec.at.colIndex),
      cellAddress(spec.at.lastRowIndex, spec.at.lastColIndex),
    );
  }
}
