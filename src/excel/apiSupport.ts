import { HostError } from "../host";

/**
 * The Excel API set the adapter cannot work without: 1.9 brings `Range.getCellProperties`/`setCellProperties`
 * (capture and restore fills exactly), `Worksheet.getRanges` (one format call per mark style),
 * `WorksheetCollection.onChanged` (one edit handler for all sheets) and the RangeFill pattern properties. It
 * also covers what older sets add: settings (1.4), `getUsedRangeOrNullObject` (1.4), `getRangeByIndexes` (1.7),
 * `Excel.createWorkbook` (1.8). Excel 2021/2024, Microsoft 365 and Excel on the web have it.
 */
export const REQUIRED_EXCEL_API = "1.9";

/** What degrades on an older Excel instead of failing. */
export type ApiSupport = {
  /** ExcelApi 1.9: reading, marks, settings, events. */
  readonly core: boolean;
  /** ExcelApi 1.13 `Range.getMergedAreasOrNullObject`; without it merges are unknown (`null`) to the engine. */
  readonly merges: boolean;
  /** Where the message goes: notes (ExcelApi 1.18, Microsoft 365 only), else threaded comments (1.10), else none. */
  readonly annotations: "note" | "comment" | "none";
  /** ExcelApi 1.12 `Range.numberFormatCategories`: dates told from numbers whatever the regional format. */
  readonly formatCategories: boolean;
};

export function detectApiSupport(isSetSupported: (name: string, version: string) => boolean): ApiSupport {
  const has = (version: string): boolean => isSetSupported("ExcelApi", version);
  return {
    core: has(REQUIRED_EXCEL_API),
    merges: has("1.13"),
    annotations: has("1.18") ? "note" : has("1.10") ? "comment" : "none",
    formatCategories: has("1.12"),
  };
}

/** Throws HostError "api-missing" unless the core API set is there. */
export function requireCore(support: ApiSupport): void {
  if (!support.core) {
    throw new HostError(
      "api-missing",
      `This Excel does not support ExcelApi ${REQUIRED_EXCEL_API}; PlanCheck needs Excel 2021 or newer, Microsoft 365 or Excel on the web.`,
    );
  }
}
