import type { WorkbookGrid } from "../../engine";

/** Per-sheet facts the grid does not carry, in workbook order. `hidden` covers hidden and very hidden. */
export type SheetInfo = { readonly name: string; readonly hidden: boolean };
/**
 * How far reading has come, for a progress display: the sheet being read (1-based) of how many, and the rows
 * read so far over all sheets. Called before each sheet and every thousand or so rows within one.
 */
export type SheetProgress = (read: { sheet: number; sheets: number; rows: number }) => void;

export type ReadWorkbookResult = { readonly grid: WorkbookGrid; readonly sheetInfo: readonly SheetInfo[] };
