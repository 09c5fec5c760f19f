import type { WorkbookSpec } from "../../xlsx";
import type { ReportDocument } from "./ReportDocument";
import { reportSheet } from "./reportSheet";

/** The report for the head as a workbook of one print-ready sheet (see reportSheet). */
export function reportWorkbook(doc: ReportDocument): WorkbookSpec {
  return { sheets: [reportSheet(doc)], properties: { title: doc.title, creator: "PlanCheck" } };
}
