import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { readWorkbookWithInfo } from "../xlsx/readWorkbook";
import { WorkbookReadError } from "../xlsx/WorkbookReadError";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

export type Book = { readonly grid: WorkbookGrid; readonly hiddenSheets: ReadonlySet<string> };

/** A workbook file as its grid and the names of its hidden sheets; failures are one line naming the file. */
export async function readBook(file: string, io: CliIo, locale: Locale): Promise<Book> {
  if (!io.exists(file)) throw new CliError(t(locale, "cli.error.notFound", { file }));
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t(locale, "cli.error.cannotRead", { file, reason }));
  }
  try {
    const { grid, sheetInfo } = readWorkbookWithInfo(bytes);
    return { grid, hiddenSheets: new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name)) };
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new CliError(t(locale, "cli.error.cannotRead", { file, reason: error.message }));
    throw error;
  }
}
