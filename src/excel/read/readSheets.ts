import { SheetCells, type SheetGrid } from "../../engine";
import type { ReadProgress } from "../../host";
import type { ApiSupport } from "../apiSupport";
import { halveBlock, planRowBlocks, type RowBlock } from "./planRowBlocks";
import { readMergesAndFormats } from "./readMergesAndFormats";
import { putBlock } from "./putBlock";
import { queueDateSystem } from "../workbook/queueDateSystem";
import type { ReadLimits, SheetRead } from "./SheetRead";
import { syncJobs, type SyncJob } from "../requests/syncJobs";

export type Progress = (progress: ReadProgress) => void;

/**
 * Reads the given sheets in three round trips: used ranges and the date system; values of every block of every sheet (one batch,
 * halved only if Excel on the web refuses the payload); merged areas and the number formats of cells holding
 * numbers (one batch). Progress counts rows and says which sheet they are on.
 */
export async function readSheets(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  support: ApiSupport,
  limits: ReadLimits,
  onProgress?: Progress,
): Promise<SheetGrid[]> {
  const usedRanges = worksheets.map((worksheet) =>
    worksheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  const dateSystem = queueDateSystem(context);
  await context.sync();
  const date1904 = dateSystem();
  const sheets: SheetRead[] = worksheets.map((worksheet, i) => {
    const range = usedRanges[i];
    const used: RowBlock | null =
      range === undefined || range.isNullObject
        ? null
        : {
            rowIndex: range.rowIndex,
            colIndex: range.columnIndex,
            rowCount: range.rowCount,
            colCount: range.columnCount,
          };
    const cells = new SheetCells();
    return { name: worksheet.name, worksheet, used, cells, date1904, spans: [], merges: new Map() };
  });

  const totalRows = sheets.reduce((sum, sheet) => sum + (sheet.used?.rowCount ?? 0), 0);
  let rows = 0;
  onProgress?.({ sheet: 0, sheets: sheets.length, rows, totalRows });
  const countRows = (sheet: number, read: number): void => {
    rows += read;
    onProgress?.({ sheet, sheets: sheets.length, rows, totalRows });
  };
  const jobs = sheets.flatMap((sheet, i) =>
    sheet.used === null
      ? []
      : planRowBlocks(sheet.used, limits.blockRows, limits.blockCells).map((block) =>
          valuesJob(sheet, block, (read) => countRows(i + 1, read)),
        ),
  );
  await syncJobs(context, jobs);
  await readMergesAndFormats(context, sheets, support, limits);
  return sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.cells.toRows(),
    merges: sheet.merges === null ? null : [...sheet.merges.values()],
  }));
}

function valuesJob(sheet: SheetRead, block: RowBlock, countRows: (rows: number) => void): SyncJob {
  return {
    queue: () => {
      const range = sheet.worksheet
        .getRangeByIndexes(block.rowIndex, block.colIndex, block.rowCount, block.colCount)
        .load("values");
      return () => {
        sheet.spans.push(...putBlock(sheet.cells, block, range.values));
        countRows(block.rowCount);
      };
    },
    split: () => halveBlock(block)?.map((half) => valuesJob(sheet, half, countRows)) ?? null,
  };
}
