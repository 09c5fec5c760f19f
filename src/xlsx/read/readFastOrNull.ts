import { WorkbookReadError } from "../WorkbookReadError";
import { checkZip } from "./checkZip";
import { encryptedError, isEncrypted } from "./encryption";
import { readOoxmlGrid } from "./fast/readOoxmlGrid";
import type { ReadWorkbookResult, SheetProgress } from "./ReadWorkbookResult";
import { sniffFormat, type InputFormat } from "./sniffFormat";

/**
 * The part of reading that needs no SheetJS: classify the bytes, refuse what is not a workbook, and read a
 * transitional .xlsx/.xlsm package with the fast OOXML reader. `result` is null when SheetJS must read it
 * (other formats, or a package the fast reader does not reproduce exactly).
 */
export function readFastOrNull(
  data: Uint8Array,
  onProgress?: SheetProgress,
): { format: InputFormat; result: ReadWorkbookResult | null } {
  const format = sniffFormat(data);
  if (format === "cfb" && isEncrypted(data)) throw encryptedError();
  if (format !== "zip") return { format, result: null };
  const names = checkZip(data);
  checkPackage(names);
  try {
    return { format, result: readOoxmlGrid(data, names, onProgress) };
  } catch {
    return { format, result: null };
  }
}

function checkPackage(names: readonly string[]): void {
  const has = (test: (name: string) => boolean): boolean => names.some(test);
  if (has((n) => /^xl\//i.test(n)) || has((n) => n === "mimetype" || n === "content.xml")) return;
  const what = has((n) => /^word\//i.test(n))
    ? "a Word document"
    : has((n) => /^ppt\//i.test(n))
      ? "a PowerPoint presentation"
      : "a ZIP archive without a workbook";
  throw new WorkbookReadError("not-a-workbook", `Not an Excel workbook (.xlsx): the file is ${what}.`);
}
