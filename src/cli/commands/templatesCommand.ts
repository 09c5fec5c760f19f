import { join } from "node:path";
import { baseName, deriveRoster, parsePlan, planLanguage } from "../../engine";
import { type Locale, t } from "../../i18n";
import { reportTemplates } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import { ensureOutFolder } from "../ensureOutFolder";
import type { CliIo } from "../CliIo";
import { readReportingPeriod } from "../readReportingPeriod";
import { readBook } from "../readBook";
import { checkStdinOnce, STDIN } from "../readInput";
import { readRosterFile } from "../readRosterFile";
import { rosterCsv } from "../rosterCsv";
import { writeOutput } from "../writeOutput";
import type { TemplatesArgs } from "./templatesSpec";

/** The list of executors written beside the templates (never over an existing one: it may hold edits). */
const ROSTER_FILE = "executors.csv";

/**
 * `plancheck templates <plan.xlsx> --out <dir> [--roster roster.csv] [--period 2025] [--output-lang uk|bg|en]`:
 * one report template per executor with only its measures (and the period, when given, in its metadata: the
 * returns are then consolidated under it). Templates (and their file names) are in the plan's language,
 * or --output-lang; messages in the user's (--lang, LANG). Exit 0 when templates were written, 1 when the
 * plan names no executor, 2 for unreadable input or bad options.
 */
export async function templatesCommand(args: TemplatesArgs, io: CliIo, locale: Locale): Promise<number> {
  const period = args.period === undefined ? undefined : readReportingPeriod(args.period, locale);
  const [planFile] = args.files;
  if (planFile === undefined) throw new CliError(t(locale, "cli.error.missingFile"));
  const dir = args.out;
  checkStdinOnce([planFile, args.roster], locale);
  const roster = args.roster === undefined ? undefined : await readRosterFile(args.roster, io, locale);
  const { grid } = await readBook(planFile, io, locale);
  const plan = parsePlan(grid);
  if (plan.sheets.every((sheet) => sheet.measures.length === 0))
    throw new CliError(t(locale, "cli.error.noMeasures", { file: planFile }));
  const language: Locale = args.outputLang ?? planLanguage(plan);
  const effectiveRoster = roster ?? deriveRoster(plan);
  const templates = reportTemplates(plan, grid, effectiveRoster, {
    language,
    planFile: planFile === STDIN ? "plan.xlsx" : baseName(planFile),
    period: period?.label,
  });
  if (templates.length === 0) {
    io.stdout(`${t(locale, "cli.templates.none")}\n`);
    return 1;
  }
  await ensureOutFolder(io, dir, locale);
  const lines = [t(locale, "cli.templates.written", { count: templates.length, dir })];
  let replaced = 0;
  for (const template of templates) {
    const written = await writeOutput(io, join(dir, template.fileName), writeWorkbook(template.spec), locale);
    if (written.replaced) replaced++;
    lines.push(
      t(locale, "cli.templates.line", {
        file: template.fileName,
        executor: template.entry.name,
        measures: template.measures.length,
      }),
    );
  }
  const rosterPath = join(dir, ROSTER_FILE);
  if (!io.exists(rosterPath)) {
    await writeOutput(io, rosterPath, rosterCsv(effectiveRoster.entries, templates), locale);
    lines.push("", t(locale, "cli.templates.roster", { path: rosterPath }));
  }
  if (replaced > 0) lines.push("", t(locale, "cli.templates.replaced", { dir, count: replaced }));
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
