import type { WorkbookGrid } from "../../engine";

/** Per-sheet facts the grid does not carry, in workbook order. `hidden` covers hidden and very hidden. */
export type SheetInfo = { readonly name: string; readonly hidden: boolean };
export type ReadWorkbookResult = { readonly grid: WorkbookGrid; readonly sheetInfo: readonly SheetInfo[] };
