import { DAYS_1904 } from "../../engine";

/** DATE(2000, 1, 1) in the 1900 date system. */
const Y2000_1900 = 36_526;

/**
 * Queues the question "does this workbook use the 1904 date system?" (File › Options › Advanced, the old Mac
 * default), whose serials count from 1904-01-01. Office.js has no released property for it
 * (`Workbook.use1904DateSystem` stayed in preview), so the workbook's own DATE function answers: DATE(2000, 1,
 * 1) is 36,526 in the 1900 system and 1,462 less in the 1904 system (ExcelApi 1.2). Read after the sync.
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(2000, 1, 1).load("value");
  return () => probe.value === Y2000_1900 - DAYS_1904;
}
