import { validateWorkbook } from "../../engine";
import { type Locale, t } from "../../i18n";
import { issueAnnotations } from "../../report";
import { annotateWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { loadSettings } from "../loadSettings";
import { readBook } from "../readBook";
import { checkStdinOnce } from "../readInput";
import { humanReport } from "../output/humanReport";
import { jsonReport } from "../output/jsonReport";
import type { ValidateArgs } from "./validateSpec";

/** `plancheck validate <plan.xlsx>`: exit 0 without errors, 1 when the plan has errors. */
export async function validateCommand(args: ValidateArgs, io: CliIo, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (file === undefined) throw new CliError(t(locale, "cli.error.missingFile"));
  if (args.out !== undefined && io.samePath(args.out, file))
    throw new CliError(t(locale, "cli.error.sameFile", { file }));
  checkStdinOnce([file, args.settings], locale);
  const settings = await loadSettings(args, io, locale);
  const { bytes, grid: workbook } = await readBook(file, io, locale);
  const { plan, result } = validateWorkbook(workbook, settings);
  io.stdout(
    args.json
      ? `${JSON.stringify(jsonReport(file, plan, result, locale))}\n`
      : humanReport(plan, result, locale),
  );
  if (args.out !== undefined) {
    const annotated = annotateWorkbook(bytes, issueAnnotations(result.issues, locale));
    try {
      await io.writeFile(args.out, annotated);
    } catch (error) {
      throw new CliError(
        t(locale, "cli.error.cannotWrite", {
          file: args.out,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    const note = t(locale, "cli.annotated", { path: args.out });
    if (args.json) io.stderr(`${note}\n`);
    else io.stdout(`\n${note}\n`);
  }
  return result.counts.error > 0 ? 1 : 0;
}
