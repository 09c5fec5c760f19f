import type { WorkbookGrid } from "../engine";
import type { Locale } from "../i18n";
import { readNamedWorkbookAsync, WorkbookReadError } from "../xlsx";
import type { CliIo } from "./CliIo";
import { cannotRead } from "./readFailure";
import { readInput, STDIN } from "./readInput";

export type Book = {
  readonly bytes: Uint8Array;
  readonly grid: WorkbookGrid;
  readonly hiddenSheets: ReadonlySet<string>;
};

/**
 * A workbook file (or standard input for `-`) as bytes, grid and the names of its hidden sheets; any failure
 * is one line naming the file and saying what is wrong, in the user's language.
 */
export async function readBook(file: string, io: CliIo, locale: Locale): Promise<Book> {
  const bytes = await readInput(file, io, locale);
  try {
    const { grid, sheetInfo } = await readNamedWorkbookAsync(bytes, file === STDIN ? null : file);
    return { bytes, grid, hiddenSheets: new Set(sheetInfo.filter((s) => s.hidden).map((s) => s.name)) };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw cannotRead(file, { problem: error.problem }, locale);
    throw error;
  }
}
