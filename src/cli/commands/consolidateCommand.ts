import {
  baseName,
  Consolidator,
  parsePlan,
  type Plan,
  planLanguage,
  type PreparedReturn,
} from "../../engine";
import { type Locale, t } from "../../i18n";
import { consolidatedWorkbook } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { expandInputs } from "../expandInputs";
import { progress } from "../progress";
import { readReturns } from "../readReturns";
import { readBook } from "../readBook";
import { checkStdinOnce } from "../readInput";
import { readRosterFile } from "../readRosterFile";
import { consolidateHuman } from "../report/consolidateHuman";
import { consolidateJson } from "../report/consolidateJson";
import { writeOutput } from "../writeOutput";
import type { ConsolidateArgs } from "./consolidateSpec";

/**
 * `plancheck consolidate <plan.xlsx> <return.xlsx|folder|pattern…> [--roster roster.csv] [--out consolidated.xlsx]
 * [--json] [--output-lang uk|bg|en]`. Folders and patterns are expanded here (cmd and PowerShell do not);
 * the plan or the roster may be `-` (standard input). Reads every return once (progress on stderr), writes
 * the consolidated workbook in the plan's language (or --output-lang); never touches the plan or the
 * returns. Exit 0: consolidated without errors; 1: consolidated, but some rows match no measure, an
 * executor contradicts itself or a file's executor is unknown; 2: a file cannot be read or an option is wrong.
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
  const roster = args.roster === undefined ? undefined : await readRosterFile(args.roster, io, locale);
  const names = displayNames(returns);
  const report = progress(io, locale, returns.length);
  const early: PreparedReturn[] = [];
  let consolidator: Consolidator | null = null;
  // Returns are read (in workers when there are many) while the plan is read here.
  const reading = readReturns(
    returns.map((path, i) => ({ path, name: names[i] ?? path })),
    io,
    locale,
    (i, prepared) => {
      report(i + 1, returns[i] ?? "");
      if (consolidator === null) early.push(prepared);
      else consolidator.addPrepared(prepared);
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
    for (const prepared of early.splice(0)) consolidator.addPrepared(prepared);
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
  io.stdout(
    args.json
      ? `${JSON.stringify(consolidateJson(planFile, plan, result, locale), null, 2)}\n`
      : consolidateHuman(result, locale),
  );
  if (out !== undefined) {
    await writeOutput(io, out, writeWorkbook(consolidatedWorkbook(result, outputLocale, plan.title)), locale);
    const note = t(locale, "cli.consolidate.written", { path: out });
    if (args.json) io.stderr(`${note}\n`);
    else io.stdout(`\n${note}\n`);
  }
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}

/** Returns are named by their file name, or by the path as given when two share a file name. */
function displayNames(paths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(baseName(path), (counts.get(baseName(path)) ?? 0) + 1);
  return paths.map((path) => ((counts.get(baseName(path)) ?? 0) > 1 ? path : baseName(path)));
}
