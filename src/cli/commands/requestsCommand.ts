import { join } from "node:path";
import { baseName, choosePeriod, executorRequests, planLanguage } from "../../engine";
import { type Locale, t } from "../../i18n";
import { requestFiles } from "../../report";
import { writeWorkbook } from "../../xlsx";
import { CliError } from "../CliError";
import { ensureOutFolder } from "../ensureOutFolder";
import type { CliIo } from "../CliIo";
import { readReportingPeriod } from "../readReportingPeriod";
import { consolidateFiles } from "../consolidateFiles";
import { STDIN } from "../readInput";
import { writeOutput } from "../writeOutput";
import type { RequestsArgs } from "./requestsSpec";

/**
 * `plancheck requests <plan.xlsx> <returns…> --out <folder> [--roster roster.csv] [--period 2025]
 * [--output-lang uk|bg|en]`: the returns consolidated as `consolidate` does, then for each executor with gaps
 * (measures not reported, blank or unreadable statuses, its own conflicting rows, rows matching nothing, a
 * non-number for a numeric indicator) a short request text (.txt) in the plan's language and its template
 * re-issued (.xlsx): pre-filled with what it sent, the cells to fix marked and explained, recording the period
 * and the issue time so that its return replaces the executor's earlier answers for the period. Exit 0 when
 * requests were written or none was needed, 2 for unreadable input or bad options.
 */
export async function requestsCommand(args: RequestsArgs, io: CliIo, locale: Locale): Promise<number> {
  const period = args.period === undefined ? undefined : readReportingPeriod(args.period, locale);
  const { planFile, plan, grid, result, templatePeriods } = await consolidateFiles(
    args.files,
    { roster: args.roster, out: undefined, usage: "cli.error.requestsUsage" },
    io,
    locale,
  );
  const chosen = choosePeriod({
    given: period?.label,
    fromTemplates: templatePeriods,
    planPeriod: plan.period,
    today: io.today?.() ?? new Date().toISOString().slice(0, 10),
  });
  if (!chosen.ok) throw new CliError(t(locale, "cli.error.badReportingPeriod", { value: chosen.given }));
  const files = requestFiles(plan, grid, executorRequests(result), {
    language: args.outputLang ?? planLanguage(plan),
    planFile: planFile === STDIN ? "plan.xlsx" : baseName(planFile),
    period: chosen.period,
    issued: new Date().toISOString(),
  });
  if (files.length === 0) {
    io.stdout(`${t(locale, "cli.requests.none", { period: chosen.period.label })}\n`);
    return 0;
  }
  const dir = args.out;
  await ensureOutFolder(io, dir, locale);
  const lines = [
    t(locale, "cli.requests.written", { count: files.length, dir, period: chosen.period.label }),
  ];
  for (const file of files) {
    await writeOutput(io, join(dir, `${file.baseName}.xlsx`), writeWorkbook(file.spec), locale);
    // Windows Notepad and mail clients read a UTF-8 text by its byte-order mark, lines ending in CRLF.
    const text = `\ufeff${file.text.replace(/\n/g, "\r\n")}`;
    await writeOutput(io, join(dir, `${file.baseName}.txt`), new TextEncoder().encode(text), locale);
    lines.push(
      t(locale, "cli.requests.line", {
        file: file.baseName,
        executor: file.executor.name,
        count: file.items,
      }),
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
