import type { Consolidation } from "../engine";
import type { ConsolidationOutput } from "./ConsolidationOutput";
import type { Locale } from "../i18n";
import { consolidatedWorkbook } from "./consolidatedWorkbook";
import { chartsSheet } from "./chartsSheet";

/**
 * What goes into the open workbook: the sheets of consolidated.xlsx, built by the same report builders the
 * CLI uses, plus the chart sheet; the consolidated sheet is shown when writing is done.
 */
export function buildConsolidationOutput(
  result: Consolidation,
  locale: Locale,
  title: string | null,
): ConsolidationOutput {
  const workbook = consolidatedWorkbook(result, locale, title);
  const charts = chartsSheet(result, locale);
  return {
    sheets: [...workbook.sheets, charts.sheet],
    charts: charts.charts,
    activate: workbook.sheets[0]?.name ?? null,
  };
}
