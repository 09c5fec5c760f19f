import { planLanguage } from "../../engine";
import { type Locale, t } from "../../i18n";
import { consolidatedWorkbook } from "../../report";
import { writeWorkbook } from "../../xlsx";
import type { CliIo } from "../CliIo";
import { readReportingPeriod } from "../readReportingPeriod";
import { consolidateFiles } from "../consolidateFiles";
import { consolidateHuman } from "../output/consolidateHuman";
import { consolidateJson } from "../output/consolidateJson";
import { printJson } from "../output/printJson";
import { progressHuman } from "../output/progressHuman";
import { trackConsolidation } from "../trackConsolidation";
import { writeOutput } from "../writeOutput";
import type { ConsolidateArgs } from "./consolidateSpec";

/**
 * `plancheck consolidate <plan.xlsx> <return.xlsx|folder|pattern…> [--roster roster.csv] [--out consolidated.xlsx]
 * [--period 2025] [--json] [--output-lang uk|bg|en]`. The consolidation is filed under its period in the
 * consolidated workbook, which keeps the earlier periods (see trackConsolidation). Folders and patterns are expanded here (cmd and PowerShell do not);
 * the plan or the roster may be `-` (standard input). Reads every return once (progress on stderr), writes
 * the consolidated workbook in the plan's language (or --output-lang); never touches the plan or the
 * returns. Exit 0: consolidated without errors; 1: consolidated, but some rows match no measure, an
 * executor contradicts itself, a file's executor is unknown or a return cannot be read (the others are
 * consolidated); 2: the plan or the roster cannot be read, or an option is wrong.
 */
export async function consolidateCommand(args: ConsolidateArgs, io: CliIo, locale: Locale): Promise<number> {
  const period = args.period === undefined ? undefined : readReportingPeriod(args.period, locale);
  const { planFile, plan, result, templatePeriods } = await consolidateFiles(
    args.files,
    { roster: args.roster, out: args.out, usage: "cli.error.noReturns" },
    io,
    locale,
  );
  const outputLocale = args.outputLang ?? planLanguage(plan);
  const out = args.out;
  const tracked = await trackConsolidation(
    plan,
    result,
    { given: period?.label, fromTemplates: templatePeriods, out },
    io,
    locale,
  );
  if (args.json) printJson(io, consolidateJson(planFile, plan, result, locale, tracked), locale, 2);
  else io.stdout(`${progressHuman(tracked, locale)}\n${consolidateHuman(result, locale)}`);
  if (out !== undefined) {
    const workbook = consolidatedWorkbook(result, outputLocale, plan.title, tracked);
    const { replaced } = await writeOutput(io, out, writeWorkbook(workbook), locale);
    const notes = [t(locale, "cli.consolidate.written", { path: out })];
    if (replaced) notes.push(t(locale, "cli.replaced", { path: out }));
    if (args.json) io.stderr(`${notes.join("\n")}\n`);
    else io.stdout(`\n${notes.join("\n")}\n`);
  }
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}
