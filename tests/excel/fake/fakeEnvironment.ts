import type { OfficeEnvironment } from "../../../src/excel";
import { FakeContext } from "./FakeContext";
import type { FakeWorkbook } from "./FakeWorkbook";

const newer = (a: string, b: string): number => {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

/**
 * Office as the adapter sees it, over a FakeWorkbook: every `run` gets a fresh FakeContext; the Excel build
 * supports ExcelApi up to `excelApi`.
 */
export function fakeEnvironment(
  book: FakeWorkbook,
  options: { excelApi?: string; language?: string | null } = {},
): OfficeEnvironment {
  const excelApi = options.excelApi ?? "1.18";
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      batch(new FakeContext(book) as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === "ExcelApi" && newer(version, excelApi) <= 0,
    displayLanguage: () => (options.language === undefined ? "uk-UA" : options.language),
  };
}
