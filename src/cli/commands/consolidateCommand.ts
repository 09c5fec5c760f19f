import { baseName, Consolidator, parsePlan, type Plan, planLanguage } from "../../engine";
import { type Locale, t } from "../../i18n";
import { consolidatedWorkbook } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { expandInputs } from "../expandInputs";
import { progress } from "../progress";
import { isUnreadable } from "../prepareReturnFile";
import { readReturns, type ReadReturn } from "../readReturns";
import { readBook } from "../readBook";
import { checkStdinOnce } from "../readInput";
import { readRosterFile } from "../readRosterFile";
import { consolidateHuman } from "../output/consolidateHuman";
import { consolidateJson } from "../output/consolidateJson";
import { printJson } from "../output/printJson";
import { writeOutput } from "../writeOutput";
import type { ConsolidateArgs } from "./consolidateSpec";

/**
 * `plancheck consolidate <plan.xlsx> <return.xlsx|folder|pattern…> [--roster roster.csv] [--out consolidated.xlsx]
 * [--json] [--output-lang uk|bg|en]`. Folders and patterns are expanded here (cmd and PowerShell do not);
 * the plan or the roster may be `-` (standard input). Reads every return once (progress on stderr), writes
 * the consolidated workbook in the plan's language (or --output-lang); never touches the plan or the
 * returns. Exit 0: consolidated without errors; 1: consolidated, but some rows match no measure, an
 * executor contradicts itself, a file's executor is unknown or a return cannot be read (the others are
 * consolidated); 2: the plan or the roster cannot be read, or an option is wrong.
 */
export async function consolidateCommand(args: ConsolidateArgs, io: CliIo, locale: Locale): Promise<number> {
  const [planFile, ...given] = args.files;
  if (planFile === undefined) throw new CliError(t(locale, "cli.error.noReturns"));
  if (given.length === 0) throw new CliError(t(locale, "cli.error.noReturns"));
  checkStdinOnce([planFile, args.roster], locale);
  const out = args.out;
  if (out !== undefined && io.samePath(out, planFile))
    throw new CliError(t(locale, "cli.error.sameFile", { file: planFile }));
  // A folder or pattern may take in the plan or an earlier output: they are not returns.
  const returns = expandInputs(given, io, locale).filter(
    (path) => !io.samePath(path, planFile) && (out === undefined || !io.samePath(path, out)),
  );
  if (returns.length === 0) throw new CliError(t(locale, "cli.error.noReturns"));
  // a return named that does not exist is a mistake in the command; one that exists but cannot be read is a
  // problem of that file (the others are consolidated)
  const missing = returns.find((path) => !io.exists(path));
  if (missing !== undefined) throw new CliError(t(locale, "cli.error.notFound", { file: missing }));
  const roster = args.roster === undefined ? undefined : await readRosterFile(args.roster, io, locale);
  const names = displayNames(returns);
  const report = progress(io, locale, returns.length);
  const early: ReadReturn[] = [];
  let consolidator: Consolidator | null = null;
  const add = (item: ReadReturn): void => {
    if (consolidator === null) early.push(item);
    else if (isUnreadable(item)) consolidator.addUnreadable(item);
    else consolidator.addPrepared(item);
  };
  // Returns are read (in workers when there are many) while the plan is read here.
  const reading = readReturns(
    returns.map((path, i) => ({ path, name: names[i] ?? path })),
    io,
    (i, item) => {
      report(i + 1, returns[i] ?? "");
      add(item);
    },
  );
  const failed = reading.done.then(
    () => null,
    (error: unknown) => error,
  );
  try {
    const plan = parsePlan((await readBook(planFile, io, locale)).grid);
    if (plan.sheets.every((sheet) => sheet.measures.length === 0))
      throw new CliError(t(locale, "cli.error.noMeasures", { file: planFile }));
    consolidator = new Consolidator(plan, { roster });
    for (const item of early.splice(0)) add(item);
    const error = await failed;
    if (error !== null) throw error;
    return await writeResults(
      args,
      io,
      locale,
      args.outputLang ?? planLanguage(plan),
      planFile,
      plan,
      consolidator,
    );
  } finally {
    reading.cancel();
  }
}

async function writeResults(
  args: ConsolidateArgs,
  io: CliIo,
  locale: Locale,
  outputLocale: Locale,
  planFile: string,
  plan: Plan,
  consolidator: Consolidator,
): Promise<number> {
  const out = args.out;
  const result = consolidator.finish();
  if (args.json) printJson(io, consolidateJson(planFile, plan, result, locale), locale, 2);
  else io.stdout(consolidateHuman(result, locale));
  if (out !== undefined) {
    const workbook = writeWorkbook(consolidatedWorkbook(result, outputLocale, plan.title));
    const { replaced } = await writeOutput(io, out, workbook, locale);
    const notes = [t(locale, "cli.consolidate.written", { path: out })];
    if (replaced) notes.push(t(locale, "cli.replaced", { path: out }));
    if (args.json) io.stderr(`${notes.join("\n")}\n`);
    else io.stdout(`\n${notes.join("\n")}\n`);
  }
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}

/** Returns are named by their file name, or by the path as given when two share a file name. */
function displayNames(paths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(baseName(path), (counts.get(baseName(path)) ?? 0) + 1);
  return paths.map((path) => ((counts.get(baseName(path)) ?? 0) > 1 ? path : baseName(path)));
}
