import { validateWorkbook } from "../../engine";
import { type Locale, t } from "../../i18n";
import { issueAnnotations } from "../../report";
import { annotatedCopy } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { loadSettings } from "../loadSettings";
import { readBook } from "../readBook";
import { checkStdinOnce, inputName } from "../readInput";
import { humanReport } from "../output/humanReport";
import { jsonReport } from "../output/jsonReport";
import { printJson } from "../output/printJson";
import { writeOutput } from "../writeOutput";
import type { ValidateArgs } from "./validateSpec";

/** `plancheck validate <plan.xlsx>`: exit 0 without errors, 1 when the plan has errors. */
export async function validateCommand(args: ValidateArgs, io: CliIo, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (file === undefined) throw new CliError(t(locale, "cli.error.missingFile"));
  if (args.out !== undefined && io.samePath(args.out, file))
    throw new CliError(t(locale, "cli.error.sameFile", { file }));
  checkStdinOnce([file, args.settings], locale);
  const settings = await loadSettings(args, io, locale);
  const { bytes, grid: workbook, hiddenSheets } = await readBook(file, io, locale);
  const { plan, result } = validateWorkbook(workbook, settings);
  // made before anything is printed: whatever fails here fails before the report
  const copy =
    args.out === undefined
      ? null
      : annotatedCopy(bytes, workbook, issueAnnotations(result.issues, locale), hiddenSheets);
  if (args.json) printJson(io, jsonReport(file, plan, result, locale), locale);
  else io.stdout(humanReport(plan, result, locale));
  if (args.out !== undefined && copy !== null) {
    const { replaced } = await writeOutput(io, args.out, copy.bytes, locale);
    const notes = [t(locale, "cli.annotated", { path: args.out })];
    if (copy.valuesOnly) notes.push(t(locale, "cli.valuesCopy", { file: inputName(file, locale) }));
    for (const [sheet, name] of copy.renamed) notes.push(t(locale, "cli.sheetRenamed", { sheet, name }));
    if (replaced) notes.push(t(locale, "cli.replaced", { path: args.out }));
    if (args.json) io.stderr(`${notes.join("\n")}\n`);
    else io.stdout(`\n${notes.join("\n")}\n`);
  }
  return result.counts.error > 0 ? 1 : 0;
}
