import {
  baseName,
  type Consolidation,
  Consolidator,
  parsePlan,
  type Plan,
  type WorkbookGrid,
} from "../engine";
import { type Locale, t, type UiKey } from "../i18n";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { expandInputs } from "./expandInputs";
import { progress } from "./progress";
import { isUnreadable } from "./prepareReturnFile";
import { readReturns, type ReadReturn } from "./readReturns";
import { readBook } from "./readBook";
import { checkStdinOnce } from "./readInput";
import { readRosterFile } from "./readRosterFile";

export type ConsolidatedFiles = {
  readonly planFile: string;
  readonly plan: Plan;
  /** The plan's workbook as read (the templates re-issued from it keep its cells). */
  readonly grid: WorkbookGrid;
  readonly result: Consolidation;
  /** The reporting period each return's template names (undefined where it names none). */
  readonly templatePeriods: readonly (string | undefined)[];
};

/**
 * The plan and the returns named on the command line, consolidated (`consolidate` and `report`): folders and
 * patterns expanded here (cmd and PowerShell do not), the plan, the roster or the output never taken for a
 * return, the plan or the roster possibly `-` (standard input); returns read once (in workers when there are
 * many, progress on stderr) while the plan is read. A return named that does not exist is a mistake in the
 * command; one that exists but cannot be read is a problem of that file, and the others are consolidated.
 * `usage` is the error when no return is given.
 */
export async function consolidateFiles(
  files: readonly string[],
  options: { readonly roster: string | undefined; readonly out: string | undefined; readonly usage: UiKey },
  io: CliIo,
  locale: Locale,
): Promise<ConsolidatedFiles> {
  const [planFile, ...given] = files;
  if (planFile === undefined || given.length === 0) throw new CliError(t(locale, options.usage));
  checkStdinOnce([planFile, options.roster], locale);
  const { out } = options;
  if (out !== undefined && io.samePath(out, planFile))
    throw new CliError(t(locale, "cli.error.sameFile", { file: planFile }));
  // A folder or pattern may take in the plan or an earlier output: they are not returns.
  const returns = expandInputs(given, io, locale).filter(
    (path) => !io.samePath(path, planFile) && (out === undefined || !io.samePath(path, out)),
  );
  if (returns.length === 0) throw new CliError(t(locale, options.usage));
  const missing = returns.find((path) => !io.exists(path));
  if (missing !== undefined) throw new CliError(t(locale, "cli.error.notFound", { file: missing }));
  const roster = options.roster === undefined ? undefined : await readRosterFile(options.roster, io, locale);
  const names = displayNames(returns);
  const report = progress(io, locale, returns.length);
  const early: ReadReturn[] = [];
  const templatePeriods: (string | undefined)[] = [];
  let consolidator: Consolidator | null = null;
  const add = (item: ReadReturn): void => {
    if (consolidator === null) early.push(item);
    else if (isUnreadable(item)) consolidator.addUnreadable(item);
    else consolidator.addPrepared(item);
  };
  const reading = readReturns(
    returns.map((path, i) => ({ path, name: names[i] ?? path })),
    io,
    (i, item) => {
      report(i + 1, returns[i] ?? "");
      templatePeriods.push(isUnreadable(item) ? undefined : item.meta?.period);
      add(item);
    },
  );
  const failed = reading.done.then(
    () => null,
    (error: unknown) => error,
  );
  try {
    const { grid } = await readBook(planFile, io, locale);
    const plan = parsePlan(grid);
    if (plan.sheets.every((sheet) => sheet.measures.length === 0))
      throw new CliError(t(locale, "cli.error.noMeasures", { file: planFile }));
    consolidator = new Consolidator(plan, { roster });
    for (const item of early.splice(0)) add(item);
    const error = await failed;
    if (error !== null) throw error;
    return { planFile, plan, grid, result: consolidator.finish(), templatePeriods };
  } finally {
    reading.cancel();
  }
}

/** Returns are named by their file name, or by the path as given when two share a file name. */
function displayNames(paths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(baseName(path), (counts.get(baseName(path)) ?? 0) + 1);
  return paths.map((path) => ((counts.get(baseName(path)) ?? 0) > 1 ? path : baseName(path)));
}
