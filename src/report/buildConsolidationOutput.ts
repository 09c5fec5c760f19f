import type { Consolidation } from "../engine";
import type { ConsolidationOutput } from "./ConsolidationOutput";
import type { Locale } from "../i18n";
import { consolidatedWorkbook, type Tracked } from "./consolidatedWorkbook";
import { chartsSheet } from "./chartsSheet";
import { cutMarker } from "./cutMarker";
import { fitSheetText } from "../xlsx";

/**
 * What goes into the open workbook: the sheets of consolidated.xlsx, built by the same report builders the
 * CLI uses, plus the chart sheet; the consolidated sheet is shown when writing is done.
 */
export function buildConsolidationOutput(
  result: Consolidation,
  locale: Locale,
  title: string | null,
  tracked: Tracked | null = null,
): ConsolidationOutput {
  const workbook = consolidatedWorkbook(result, locale, title, tracked);
  const charts = chartsSheet(result, locale, tracked?.progress ?? null);
  // the texts Excel could not hold are cut here, with the marker in the output's language
  const marker = cutMarker(locale);
  return {
    sheets: [...workbook.sheets, charts.sheet].map((sheet) => fitSheetText(sheet, marker)),
    charts: charts.charts,
    activate: workbook.sheets[0]?.name ?? null,
  };
}
