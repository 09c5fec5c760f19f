import { Consolidator } from "../../engine/consolidate/Consolidator";
import { baseName } from "../../engine/consolidate/parseRosterCsv";
import type { PreparedReturn } from "../../engine/consolidate/prepareReturn";
import type { Plan } from "../../engine/plan/Plan";
import { parsePlan } from "../../engine/plan/parsePlan";
import type { Locale } from "../../i18n/Locale";
import { t } from "../../i18n/translate";
import { consolidatedWorkbook } from "../../report/consolidatedWorkbook";
import { writeWorkbook } from "../../xlsx/writeWorkbook";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import type { ReportArgs } from "../parseReportArgs";
import { progress } from "../progress";
import { readReturns } from "../readReturns";
import { readBook } from "../readBook";
import { readRosterFile } from "../readRosterFile";
import { consolidateHuman } from "../report/consolidateHuman";
import { consolidateJson } from "../report/consolidateJson";
import { writeOutput } from "../writeOutput";

/**
 * `plancheck consolidate <plan.xlsx> <return.xlsx…> [--roster roster.csv] [--out consolidated.xlsx] [--json]`.
 * Reads every return once (progress on stderr), writes the consolidated workbook; never touches the plan or
 * the returns. Exit 0: consolidated without errors; 1: consolidated, but some rows match no measure, an
 * executor contradicts itself or a file's executor is unknown; 2: a file cannot be read or an option is wrong.
 */
export async function consolidateCommand(args: ReportArgs, io: CliIo, locale: Locale): Promise<number> {
  const [planFile, ...returns] = args.files;
  if (planFile === undefined) throw new CliError(t(locale, "cli.error.noReturns"));
  if (returns.length === 0) throw new CliError(t(locale, "cli.error.noReturns"));
  const out = args.out;
  for (const input of [planFile, ...returns])
    if (out !== undefined && io.samePath(out, input))
      throw new CliError(t(locale, "cli.error.sameFile", { file: input }));
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
    return await writeResults(args, io, locale, planFile, plan, consolidator);
  } finally {
    reading.cancel();
  }
}

async function writeResults(
  args: ReportArgs,
  io: CliIo,
  locale: Locale,
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
    await writeOutput(io, out, writeWorkbook(consolidatedWorkbook(result, locale, plan.title)), locale);
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
