import type { PreparedReturn } from "../../engine";
import type { ReadWorkbookResult } from "../../xlsx";

/**
 * Reads workbooks for the pane, off the page's thread where the browser allows it: the plan file's grid and
 * the returns of the Reports tab. Rejects with UnreadableFileError for a file that is not a readable workbook
 * or is over a reading limit.
 */
export type ReadClient = {
  workbook(name: string, bytes: Uint8Array): Promise<ReadWorkbookResult>;
  prepared(name: string, bytes: Uint8Array): Promise<PreparedReturn>;
  dispose(): void;
};
