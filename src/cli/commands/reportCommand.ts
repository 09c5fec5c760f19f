import { buildImplementationReport, type SummarySection } from "../../engine";
import { type Locale, t } from "../../i18n";
import { loadReportDocx, reportWorkbook, wordReport } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import type { CliIo } from "../CliIo";
import { readReportingPeriod } from "../readReportingPeriod";
import { consolidateFiles } from "../consolidateFiles";
import { trackConsolidation } from "../trackConsolidation";
import { writeOutput } from "../writeOutput";
import type { ReportArgs } from "./reportSpec";

/**
 * `plancheck report <plan.xlsx> <returns…> [--roster roster.csv] [--period 2025] [--history consolidated.xlsx]
 * --out report.docx|report.xlsx [--output-lang uk|bg|en]`: the returns consolidated as `consolidate` does, then
 * the report for the head of the period (given; else the one the returns' templates name; else the last whole
 * year) written as a Word document or a print-ready workbook, in the plan's language. With --history (the
 * consolidated workbook `consolidate --out` keeps the periods in) the report shows the measures across the
 * periods and, in the plan's last period, the evaluation of the whole plan. Exit codes as `consolidate`'s.
 */
export async function reportCommand(args: ReportArgs, io: CliIo, locale: Locale): Promise<number> {
  const given = args.period === undefined ? undefined : readReportingPeriod(args.period, locale);
  const out = args.out;
  const form = /\.docx$/i.test(out) ? "docx" : /\.xlsx$/i.test(out) ? "xlsx" : null;
  if (form === null) throw new CliError(t(locale, "cli.error.reportOut", { path: out }));
  const today = io.today?.() ?? new Date().toISOString().slice(0, 10);
  const { plan, result, templatePeriods } = await consolidateFiles(
    args.files,
    { roster: args.roster, out, usage: "cli.error.reportUsage" },
    io,
    locale,
  );
  // The period as `consolidate` chooses it; with --history, filed after the periods that workbook keeps.
  const tracked = await trackConsolidation(
    plan,
    result,
    { given: given?.label, fromTemplates: templatePeriods, out: args.history },
    io,
    locale,
  );
  const period = { ...tracked.period, source: tracked.source };
  const report = buildImplementationReport(plan, result, {
    period,
    language: args.outputLang,
    progress: args.history === undefined ? null : tracked.progress,
  });
  const doc = wordReport(report, { compiledOn: today });
  const bytes =
    form === "docx" ? await (await loadReportDocx()).reportDocx(doc) : writeWorkbook(reportWorkbook(doc));
  await writeOutput(io, out, bytes, locale);
  const summary = report.sections.find((s): s is SummarySection => s.kind === "summary");
  io.stdout(
    `${t(locale, "cli.report.summary", {
      period: period.label,
      total: summary?.counts.total ?? 0,
      done: summary?.counts.counts.done ?? 0,
      overdue: summary?.counts.overdue ?? 0,
      silent: summary?.silent.length ?? 0,
    })}\n${t(locale, "cli.report.written", { path: out })}\n`,
  );
  return result.problems.some((p) => p.severity === "error") ? 1 : 0;
}
