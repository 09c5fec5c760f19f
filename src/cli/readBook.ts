import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { readWorkbookWithInfoAsync, WorkbookReadError } from "../xlsx/readWorkbookAsync";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

export type Book = {
  readonly bytes: Uint8Array;
  readonly grid: WorkbookGrid;
  readonly hiddenSheets: ReadonlySet<string>;
};

/**
 * A workbook file as bytes, grid and the names of its hidden sheets; any failure is one line naming the file
 * and saying what is wrong, in the user's language.
 */
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
    const { grid, sheetInfo } = await readWorkbookWithInfoAsync(bytes);
    return { bytes, grid, hiddenSheets: new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name)) };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      throw new CliError(
        t(locale, "cli.error.cannotRead", { file, reason: t(locale, `read.${error.problem}`) }),
      );
    }
    throw error;
  }
}
