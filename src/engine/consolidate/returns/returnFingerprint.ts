import { ContentHash } from "../../text/ContentHash";
import type { TemplateMeta } from "../template";
import { REPORT_ROLES, type ReportCells, type ReturnRow } from "./ReturnRow";

/**
 * What a return says, as a fingerprint: its template record and, row by row, the measure (number, text,
 * template id, responsible cells) and every report cell's text. Sheet names, row positions and the file's
 * format do not count, so the same return saved as .xlsx and as .csv, or given twice, has one fingerprint.
 */
export function returnFingerprint(meta: TemplateMeta | null, rows: readonly ReturnRow[]): string {
  const hash = new ContentHash();
  hash.add(meta === null ? "" : `${meta.planHash}\u0000${meta.executorId}\u0000${meta.executorName}`);
  const cells = (report: ReportCells): void => {
    for (const role of REPORT_ROLES) hash.add(report[role]?.text ?? "");
  };
  for (const row of rows) {
    hash
      .add(row.key ?? "")
      .add(row.text)
      .add(row.templateId ?? "");
    for (const text of row.responsibleCells) hash.add(text);
    cells(row.cells);
    for (const sub of row.subRows) cells(sub.cells);
    hash.add("\u0001");
  }
  return hash.digest();
}
