import { rangeAddress, type CellRange } from "../../engine";
import type { ApiSupport } from "../apiSupport";
import { isPayloadError } from "../officeErrors";
import { halveBlock, planRowBlocks, type RowBlock } from "./planRowBlocks";
import { applyDateFormats } from "./applyDateFormats";
import type { NumberSpan } from "./putBlock";
import type { ReadLimits, SheetRead } from "./SheetRead";
import { syncJobs, type SyncJob } from "../requests/syncJobs";

/**
 * One round trip for the merged areas (per row block, see ReadLimits.mergeBlockCells) and the number formats
 * of the cells that hold numbers. Should a merged-areas read fail anyway, the formats are read on their own and
 * the sheets are retried in halves until the failing sheet is found: only its merges become null (unknown),
 * which the engine copes with. Without ExcelApi 1.13 every sheet's merges are null.
 */
export async function readMergesAndFormats(
  context: Excel.RequestContext,
  sheets: readonly SheetRead[],
  support: ApiSupport,
  limits: ReadLimits,
): Promise<void> {
  const formatJobs = sheets.flatMap((sheet) =>
    sheet.spans.map((span) => formatJob(sheet, span, support.formatCategories)),
  );
  if (!support.merges) {
    for (const sheet of sheets) sheet.merges = null;
    await syncJobs(context, formatJobs);
    return;
  }
  try {
    await syncJobs(context, [...sheets.flatMap((sheet) => mergeJobs(sheet, limits)), ...formatJobs]);
  } catch (error) {
    if (isPayloadError(error)) throw error;
    await syncJobs(context, formatJobs);
    await retryMerges(context, sheets, limits);
  }
}

async function retryMerges(
  context: Excel.RequestContext,
  sheets: readonly SheetRead[],
  limits: ReadLimits,
): Promise<void> {
  try {
    await syncJobs(
      context,
      sheets.flatMap((sheet) => mergeJobs(sheet, limits)),
    );
  } catch (error) {
    if (isPayloadError(error)) throw error;
    const [only] = sheets;
    if (sheets.length === 1 && only !== undefined) {
      only.merges = null;
      return;
    }
    const half = Math.ceil(sheets.length / 2);
    await retryMerges(context, sheets.slice(0, half), limits);
    await retryMerges(context, sheets.slice(half), limits);
  }
}

function mergeJobs(sheet: SheetRead, limits: ReadLimits): SyncJob[] {
  if (sheet.used === null || sheet.merges === null) return [];
  const rows = Math.max(
    Math.floor(limits.mergeBlockCells / sheet.used.colCount),
    Math.ceil(sheet.used.rowCount / limits.maxMergeBlocks),
  );
  return planRowBlocks(sheet.used, rows, Number.MAX_SAFE_INTEGER).map((block) => mergeJob(sheet, block));
}

/**
 * A block's merged areas, read as `areas` items with their row and column index and count: the RangeAreas
 * `address` names only each area's top-left cell (OfficeDev/office-js#1590, where Microsoft gives `areas` as
 * the workaround). Only merges whose top-left cell lies in the block come back (office-js#3611), so a merge
 * that starts in an earlier block is reported there, whole.
 */
function mergeJob(sheet: SheetRead, block: RowBlock): SyncJob {
  return {
    queue: () => {
      const merged = sheet.worksheet
        .getRangeByIndexes(block.rowIndex, block.colIndex, block.rowCount, block.colCount)
        .getMergedAreasOrNullObject()
        // One load on the (possibly null) object itself: a load on its `areas` would fail for a null object.
        .load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      return () => {
        if (merged.isNullObject || sheet.merges === null) return;
        for (const area of merged.areas.items) {
          const r: CellRange = {
            rowIndex: area.rowIndex,
            colIndex: area.columnIndex,
            lastRowIndex: area.rowIndex + area.rowCount - 1,
            lastColIndex: area.columnIndex + area.columnCount - 1,
          };
          sheet.merges.set(rangeAddress(r.rowIndex, r.colIndex, r.lastRowIndex, r.lastColIndex), r);
        }
      };
    },
    split: () => halveBlock(block)?.map((half) => mergeJob(sheet, half)) ?? null,
  };
}

/**
 * The number formats of a span of numbers, and from ExcelApi 1.12 their categories: Excel for the web reports
 * `numberFormat` in the account's regional format (OfficeDev/office-js#2824, #1553), `numberFormatCategories`
 * says "Date" or "Time" whatever the locale.
 */
function formatJob(sheet: SheetRead, span: NumberSpan, categories: boolean): SyncJob {
  return {
    queue: () => {
      const range = sheet.worksheet
        .getRangeByIndexes(span.rowIndex, span.colIndex, span.rowCount, 1)
        .load(categories ? "numberFormat,numberFormatCategories" : "numberFormat");
      return () =>
        applyDateFormats(
          sheet.cells,
          span,
          range.numberFormat,
          categories ? range.numberFormatCategories : null,
          sheet.date1904,
        );
    },
    split: () => {
      const halves = halveBlock({ ...span, colCount: 1 });
      return (
        halves?.map(({ rowIndex, rowCount }) =>
          formatJob(sheet, { colIndex: span.colIndex, rowIndex, rowCount }, categories),
        ) ?? null
      );
    },
  };
}
