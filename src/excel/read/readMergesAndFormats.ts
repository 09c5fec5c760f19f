import { rangeAddress } from "../../engine";
import type { ApiSupport } from "../apiSupport";
import { isPayloadError } from "../officeErrors";
import { parseAreasAddress } from "./parseAreasAddress";
import { halveBlock, planRowBlocks, type RowBlock } from "./planRowBlocks";
import type { NumberSpan } from "./SheetCells";
import type { ReadLimits, SheetRead } from "./SheetRead";
import { syncJobs, type SyncJob } from "./syncJobs";

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
  const formatJobs = sheets.flatMap((sheet) => sheet.spans.map((span) => formatJob(sheet, span)));
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

function mergeJob(sheet: SheetRead, block: RowBlock): SyncJob {
  return {
    queue: () => {
      const areas = sheet.worksheet
        .getRangeByIndexes(block.rowIndex, block.colIndex, block.rowCount, block.colCount)
        .getMergedAreasOrNullObject()
        .load("address");
      return () => {
        if (areas.isNullObject || sheet.merges === null) return;
        const ranges = parseAreasAddress(areas.address);
        if (ranges === null) {
          sheet.merges = null;
          return;
        }
        for (const r of ranges)
          sheet.merges.set(rangeAddress(r.rowIndex, r.colIndex, r.lastRowIndex, r.lastColIndex), r);
      };
    },
    split: () => halveBlock(block)?.map((half) => mergeJob(sheet, half)) ?? null,
  };
}

function formatJob(sheet: SheetRead, span: NumberSpan): SyncJob {
  return {
    queue: () => {
      const range = sheet.worksheet
        .getRangeByIndexes(span.rowIndex, span.colIndex, span.rowCount, 1)
        .load("numberFormat");
      return () => sheet.cells.applyFormats(span, range.numberFormat);
    },
    split: () => {
      const halves = halveBlock({ ...span, colCount: 1 });
      return (
        halves?.map(({ rowIndex, rowCount }) =>
          formatJob(sheet, { colIndex: span.colIndex, rowIndex, rowCount }),
        ) ?? null
      );
    },
  };
}
