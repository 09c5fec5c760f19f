import type { WorkbookGrid } from "../engine/grid/SheetGrid";
import type { Locale } from "../i18n/Locale";
import { t } from "../i18n/translate";
import { readWorkbook } from "../xlsx/readWorkbook";
import { WorkbookReadError } from "../xlsx/WorkbookReadError";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

/** A workbook file as bytes and grid; any failure becomes one clear line naming the file. */
export async function readWorkbookFile(
  file: string,
  io: CliIo,
  locale: Locale,
): Promise<{ bytes: Uint8Array; workbook: WorkbookGrid }> {
  if (!io.exists(file)) throw new CliError(t(locale, "cli.error.notFound", { file }));
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw new CliError(
      t(locale, "cli.error.cannotRead", {
        file,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
  }
  try {
    return { bytes, workbook: readWorkbook(bytes) };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      throw new CliError(
        t(locale, "cli.error.cannotRead", { file, reason: t(locale, `read.${error.problem}`) }),
      );
    }
    throw error;
  }
}
