import type { ExcelHost } from "../../excel";
import type { WorkbookHost } from "../../host";

/** The open Excel workbook, which can take the consolidation's sheets (a file in the browser cannot). */
export function canWriteSheets(host: WorkbookHost): host is ExcelHost {
  return host.kind === "excel" && "writeConsolidation" in host;
}

/** How files the pane makes reach the user where a download cannot (Excel on Mac), else null: download. */
export function opensWorkbooks(host: WorkbookHost): ((bytes: Uint8Array) => Promise<void>) | null {
  return canWriteSheets(host) && "openAsWorkbook" in host ? host.openAsWorkbook : null;
}
