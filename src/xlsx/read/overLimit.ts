import { READ_LIMITS, type ReadLimit } from "../limits";
import { WorkbookReadError, type ExceededLimit } from "../WorkbookReadError";

const MB = 1024 * 1024;
const BYTES: ReadonlySet<ReadLimit> = new Set([
  "fileBytes",
  "partBytes",
  "textBytes",
  "totalBytes",
  "sheetJsBytes",
]);

/** The limit as users read it: megabytes for the byte limits, a count for the rest. */
export function limitValue(limit: ReadLimit): number {
  const value = READ_LIMITS[limit];
  return BYTES.has(limit) ? Math.round(value / MB) : value;
}

/**
 * Refuses a file that goes over a reading limit: one line saying which and where (English, for logs and
 * tests; hosts word it from `exceeded` in the user's language).
 */
export function overLimit(limit: ReadLimit, where: Omit<ExceededLimit, "limit" | "value"> = {}): never {
  const exceeded: ExceededLimit = { limit, value: limitValue(limit), ...where };
  throw new WorkbookReadError("too-large", describe(exceeded), exceeded);
}

function describe({ limit, value, sheet, part, cell }: ExceededLimit): string {
  const n = value.toLocaleString("en");
  const inSheet = sheet === undefined ? "" : ` in sheet "${sheet}"`;
  const at = cell === undefined ? inSheet : `${inSheet} at ${cell}`;
  switch (limit) {
    case "fileBytes":
      return `The file is larger than ${n} MB, the most PlanCheck reads.`;
    case "partBytes":
      return `The workbook part ${part ?? "?"} unpacks to more than ${n} MB, the most PlanCheck reads in one part.`;
    case "textBytes":
      return `A text in the workbook part ${part ?? "?"} takes more than ${n} MB, far more than a cell holds.`;
    case "totalBytes":
      return `The workbook unpacks to more than ${n} MB, the most PlanCheck reads.`;
    case "sheetJsBytes":
      return `The workbook unpacks to more than ${n} MB, the most PlanCheck reads in this format; save it as .xlsx.`;
    case "sheetRows":
      return `The sheet "${sheet ?? "?"}" has more than ${n} rows, the most PlanCheck reads in a sheet.`;
    case "rows":
      return `The sheets have more than ${n} rows together, the most PlanCheck reads.`;
    case "columns":
      return `The sheet "${sheet ?? "?"}" has more than ${n} columns, the most PlanCheck reads.`;
    case "cells":
      return `The workbook has more than ${n} cells, the most PlanCheck reads.`;
    case "stringLength":
      return `A cell${at} holds more than ${n} characters, the most PlanCheck reads in one cell.`;
    case "mergedRanges":
      return `The sheet "${sheet ?? "?"}" has more than ${n} merged ranges, the most PlanCheck reads.`;
    case "mergedCells":
      return `The merged ranges of sheet "${sheet ?? "?"}" cover more than ${n} cells, the most PlanCheck reads.`;
  }
}
