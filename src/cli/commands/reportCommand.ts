import { buildImplementationReport, reportPeriod, type SummarySection } from "../../engine";
import { type Locale, t } from "../../i18n";
import { loadReportDocx, reportWorkbook, wordReport } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { consolidateFiles } from "../consolidateFiles";
import { writeOutput } from "../writeOutput";
import type { ReportArgs } from "./reportSpec";

/**
 * `plancheck report <plan.xlsx> <returns…> [--roster roster.csv] [--period 2025] --out report.docx|report.xlsx
 * [--output-lang uk|bg|en]`: the returns consolidated as `consolidate` does, then the report for the head of
 * the period (given; else the one the returns' templates name; else the last whole year) written as a Word
 * document or a print-ready workbook, in the plan's language. Exit codes as `consolidate`'s.
 */
export async function reportCommand(args: ReportArgs, io: CliIo, locale: Locale): Promise<number> {
  const out = args.out;
  const form = /\.docx$/i.test(out) ? "docx" : /\.xlsx$/i.test(out) ? "xlsx" : null;
  if (form === null) throw new CliError(t(locale, "cli.error.reportOut", { path: out }));
  const today = new Date().toISOString().slice(0, 10);
  const given = args.period;
  if (given !== undefined && !reportPeriod({ given, planPeriod: null, today }).ok)
    throw new CliError(t(locale, "cli.error.badReportPeriod", { value: given }));
  const { plan, result, templatePeriods } = await consolidateFiles(
    args.files,
    { roster: args.roster, out, usage: "cli.error.reportUsage" },
    io,
    locale,
  );
  const period = reportPeriod({ given, fromTemplates: templatePeriods, planPeriod: plan.period, today });
  if (!period.ok) throw new CliError(t(locale, "cli.error.badReportPeriod", { value: period.given }));
  const report = buildImplementationReport(plan, result, {
    period: period.period,
    language: args.outputLang,
  });
  const doc = wordReport(report, { compiledOn: today });
  const bytes =
    form === "docx" ? await (await loadReportDocx()).reportDocx(doc) : writeWorkbook(reportWorkbook(doc));
  await writeOutput(io, out, bytes, locale);
  const summary = report.sections.find((s): s is SummarySection => s.kind === "summary");
  io.stdout(
    `${t(locale, "cli.report.summary", {
      period: period.period.label,
      total: summary?.counts.total ?? 0,
      done: summary?.counts.counts.done ?? 0,
      overdue: summary?.counts.overdue ?? 0,
      silent: summary?.silent.length ?? 0,
    })}\n${t(locale, "cli.report.written", { path: out })}\n`,
  );
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}
