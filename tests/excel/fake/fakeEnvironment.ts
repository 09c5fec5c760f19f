import type { OfficeEnvironment } from "../../../src/excel";
import { FakeContext } from "./FakeContext";
import { officeError, type FakeWorkbook } from "./FakeWorkbook";

/**
 * Office as the adapter sees it, over a FakeWorkbook: every `run` gets a fresh FakeContext; the Excel build
 * supports ExcelApi up to the workbook profile's set, or `excelApi` when a test pins one; the platform is the
 * profile's (`Office.context.platform`).
 */
export function fakeEnvironment(
  book: FakeWorkbook,
  options: { excelApi?: string; language?: string | null } = {},
): OfficeEnvironment {
  if (options.excelApi !== undefined) book.excelApi = options.excelApi;
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      batch(new FakeContext(book) as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === "ExcelApi" && book.supports(version),
    displayLanguage: () => (options.language === undefined ? "uk-UA" : options.language),
    platform: () => book.profile.platform,
    // Excel.createWorkbook (ExcelApi 1.8): "Creates and opens a new workbook … pre-populated with a
    // Base64-encoded .xlsx file."
    createWorkbook: async (base64: string) => {
      if (!book.supports("1.8")) throw officeError("ApiNotFound");
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw officeError("InvalidArgument", "Not base64.");
      book.createdWorkbooks.push(base64);
    },
  } as OfficeEnvironment;
}
