import type { Consolidation, History, Progress } from "../engine";
import { type Locale, t } from "../i18n";
import type { WorkbookSpec } from "../xlsx";
import { completenessSheet } from "./completenessSheet";
import { consolidatedSheet } from "./consolidatedSheet";
import { cutMarker } from "./cutMarker";
import { filesSheet } from "./filesSheet";
import { historySheet } from "./historySheet";
import { problemsSheet } from "./problemsSheet";

/** The consolidation filed under its period: the history to keep and the progress to show. */
export type Tracked = { readonly history: History; readonly progress: Progress };

/**
 * The consolidated workbook: the consolidated sheet (one row per measure, every report with its source),
 * completeness (who has not reported), problems, and the returns read; with a period, the progress across
 * periods in the consolidated sheet and the history of periods in a hidden sheet (see historySheet). Every
 * text from a return is written as text: the writer has no way to write a formula.
 */
export function consolidatedWorkbook(
  result: Consolidation,
  locale: Locale,
  title: string | null,
  tracked: Tracked | null = null,
): WorkbookSpec {
  return {
    sheets: [
      consolidatedSheet(result, locale, tracked?.progress ?? null),
      completenessSheet(result, locale),
      problemsSheet(result, locale),
      filesSheet(result, locale),
      ...(tracked === null ? [] : [historySheet(tracked.history)]),
    ],
    properties: {
      title: t(locale, "consolidate.title", { title: title ?? "" }).trim(),
      creator: "PlanCheck",
    },
    cutMarker: cutMarker(locale),
  };
}
