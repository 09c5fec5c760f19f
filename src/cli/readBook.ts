import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import {
  exceededParams,
  readNamedWorkbookAsync,
  WorkbookReadError,
  type ExceededLimit,
  type WorkbookReadProblem,
} from "../xlsx/readNamedWorkbookAsync";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { inputName, readInput, STDIN } from "./readInput";

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
    if (error instanceof WorkbookReadError) throw unreadable(inputName(file, locale), error, locale);
    throw error;
  }
}

/** "Cannot read plan.xlsx: …" for a file the readers refused, in the user's language. */
export function unreadable(
  file: string,
  error: { readonly problem: WorkbookReadProblem; readonly exceeded: ExceededLimit | null },
  locale: Locale,
): CliError {
  const reason =
    error.exceeded === null
      ? t(locale, `read.${error.problem}`)
      : t(locale, `read.limit.${error.exceeded.limit}`, exceededParams(error.exceeded));
  return new CliError(t(locale, "cli.error.cannotRead", { file, reason }));
}
