import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { deriveRoster } from "../../engine/consolidate/deriveRoster";
import { baseName } from "../../engine/consolidate/parseRosterCsv";
import { planLanguage } from "../../engine/consolidate/planLanguage";
import { parsePlan } from "../../engine/plan/parsePlan";
import { isLocale, type Locale } from "../../i18n/Locale";
import { t } from "../../i18n/translate";
import { reportTemplates } from "../../report/reportTemplates";
import { writeWorkbook } from "../../xlsx/writeWorkbook";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import type { ReportArgs } from "../parseReportArgs";
import { readBook } from "../readBook";
import { readRosterFile } from "../readRosterFile";
import { rosterCsv } from "../rosterCsv";
import { writeOutput } from "../writeOutput";

/** The list of executors written beside the templates (never over an existing one: it may hold edits). */
const ROSTER_FILE = "executors.csv";

/**
 * `plancheck templates <plan.xlsx> --out <dir> [--roster roster.csv] [--lang uk|bg|en]`: one report template
 * per executor with only its measures. Templates are in --lang, else in the plan's language. Exit 0 when
 * templates were written, 1 when the plan names no executor, 2 for unreadable input or bad options.
 */
export async function templatesCommand(args: ReportArgs, io: CliIo, locale: Locale): Promise<number> {
  const [planFile] = args.files;
  if (planFile === undefined) throw new CliError(t(locale, "cli.error.missingFile"));
  const dir = args.out;
  if (dir === undefined)
    throw new CliError(
      t(locale, "cli.error.outRequired", { command: "templates", what: t(locale, "cli.outWhat.templates") }),
    );
  const roster = args.roster === undefined ? undefined : await readRosterFile(args.roster, io, locale);
  const { grid } = await readBook(planFile, io, locale);
  const plan = parsePlan(grid);
  if (plan.sheets.every((sheet) => sheet.measures.length === 0))
    throw new CliError(t(locale, "cli.error.noMeasures", { file: planFile }));
  const lang = args.lang?.toLowerCase();
  const language: Locale = lang !== undefined && isLocale(lang) ? lang : planLanguage(plan);
  const effectiveRoster = roster ?? deriveRoster(plan);
  const templates = reportTemplates(plan, grid, effectiveRoster, { language, planFile: baseName(planFile) });
  if (templates.length === 0) {
    io.stdout(`${t(locale, "cli.templates.none")}\n`);
    return 1;
  }
  if (!io.exists(dir)) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(t(locale, "cli.error.outDirectory", { dir, reason }));
    }
  }
  const lines = [t(locale, "cli.templates.written", { count: templates.length, dir })];
  for (const template of templates) {
    await writeOutput(io, join(dir, template.fileName), writeWorkbook(template.spec), locale);
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
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
