import type { HostNotice } from "../../host";
import type { UiKey } from "../../i18n";

/** One kind of notice and the sheets it concerns (empty: the whole workbook). */
export type NoticeGroup = {
  readonly code: HostNotice["code"];
  readonly message: UiKey;
  readonly sheets: readonly string[];
};

const MESSAGES: Readonly<Record<HostNotice["code"], UiKey>> = {
  "annotations-as-comments": "excel.marks.comments",
  "annotations-none": "excel.marks.fillsOnly",
  "annotations-failed": "excel.marks.failed",
  "downloads-as-workbooks": "excel.downloads.asWorkbooks",
  "merges-unknown": "excel.merges.unknown",
};

/** The host's notices, one per kind in order of first appearance, with the sheets named together. */
export function groupNotices(notices: readonly HostNotice[]): NoticeGroup[] {
  const groups = new Map<HostNotice["code"], string[]>();
  for (const notice of notices) {
    const sheets = groups.get(notice.code) ?? [];
    groups.set(notice.code, sheets);
    if (notice.sheet !== null && !sheets.includes(notice.sheet)) sheets.push(notice.sheet);
  }
  return [...groups].map(([code, sheets]) => ({ code, message: MESSAGES[code], sheets }));
}
