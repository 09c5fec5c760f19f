import type { Consolidation } from "../engine";
import { type Locale, t } from "../i18n";
import type { WorkbookSpec } from "../xlsx";
import { completenessSheet } from "./completenessSheet";
import { consolidatedSheet } from "./consolidatedSheet";
import { filesSheet } from "./filesSheet";
import { problemsSheet } from "./problemsSheet";

/**
 * The consolidated workbook: the consolidated sheet (one row per measure, every report with its source),
 * completeness (who has not reported), problems, and the returns read. Every text from a return is written
 * as text: the writer has no way to write a formula.
 */
export function consolidatedWorkbook(
  result: Consolidation,
  locale: Locale,
  title: string | null,
): WorkbookSpec {
  return {
    sheets: [
      consolidatedSheet(result, locale),
      completenessSheet(result, locale),
      problemsSheet(result, locale),
      filesSheet(result, locale),
    ],
    properties: {
      title: t(locale, "consolidate.title", { title: title ?? "" }).trim(),
      creator: "PlanCheck",
    },
  };
}
