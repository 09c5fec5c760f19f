import type { ConsolidationOutput } from "../ConsolidationOutput";
import type { ReportDocument } from "./ReportDocument";
import { reportSheet } from "./reportSheet";

/** The report for the head as the pane writes it into the open workbook: its print-ready sheet, shown when done. */
export function reportOutput(doc: ReportDocument): ConsolidationOutput {
  const sheet = reportSheet(doc);
  return { sheets: [sheet], charts: [], activate: sheet.name };
}
