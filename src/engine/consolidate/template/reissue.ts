import type { WorkbookGrid } from "../../grid/SheetGrid";
import { cellText } from "../../text/cellText";
import { TEMPLATE_MARKER, TEMPLATE_META_SHEET } from "./templateMeta";

/**
 * A template re-issued to an executor with a request carries, in its metadata sheet, the row
 * `reissued | <ISO date-time>`: its return replaces everything the executor returned before for the period.
 */
export const REISSUE_KEY = "reissued";

export function reissueRow(issued: string): string[] {
  return [REISSUE_KEY, issued];
}

/** When the template the workbook was made from was re-issued, or null (a first template, or no template). */
export function readReissue(workbook: WorkbookGrid): string | null {
  const rows = workbook.sheets.find((s) => s.name === TEMPLATE_META_SHEET)?.cells ?? [];
  if (cellText(rows[0]?.[0] ?? null) !== TEMPLATE_MARKER) return null;
  const row = rows.find((r) => cellText(r[0] ?? null) === REISSUE_KEY);
  const issued = row === undefined ? "" : cellText(row[1] ?? null).trim();
  return issued === "" ? null : issued;
}
