import { zipSync, type Zippable } from "fflate";
import {
  buildImplementationReport,
  choosePeriod,
  Consolidator,
  deriveRoster,
  EMPTY_HISTORY,
  executorRequests,
  planHash,
  planLanguage,
  trackPeriod,
} from "../../engine";
import type { Locale } from "../../i18n";
import {
  buildConsolidationOutput,
  consolidatedWorkbook,
  loadReportDocx,
  readHistory,
  reportOutput,
  reportTemplates,
  reportWorkbook,
  requestFiles,
  wordReport,
} from "../../report";
import type { ConsolidationKit } from "./ConsolidationKit";
import { loadWorkbookReader, loadWorkbookWriter } from "../../xlsx";
import { createReturnReader } from "./createReturnReader";

const writer = loadWorkbookWriter;

/**
 * The Reports tab's code (see ConsolidationKit): one chunk loaded when the tab first opens; the xlsx writer
 * loads on first use.
 */
export const browserKit: ConsolidationKit = {
  deriveRoster,
  planLanguage: (plan): Locale => planLanguage(plan),
  templateList: (plan, grid, roster) =>
    reportTemplates(plan, grid, roster, { language: planLanguage(plan), planFile: "" }).map((template) => ({
      id: template.entry.id,
      name: template.entry.name,
      fileName: template.fileName,
      measures: template.measures.length,
    })),
  async templateFiles({ plan, grid, roster, planFile }, ids) {
    const { writeWorkbook } = await writer();
    return reportTemplates(plan, grid, roster, { language: planLanguage(plan), planFile })
      .filter((template) => ids === null || ids.includes(template.entry.id))
      .map((template) => ({ name: template.fileName, bytes: writeWorkbook(template.spec) }));
  },
  zip(files) {
    const entries: Zippable = {};
    // .xlsx files are zip archives already: stored, not compressed again.
    for (const file of files) entries[file.name] = [file.bytes, { level: 0 }];
    return zipSync(entries);
  },
  createReader: createReturnReader,
  startRun(plan, roster) {
    const consolidator = new Consolidator(plan, { roster });
    return {
      add: (prepared, options) => consolidator.addPrepared(prepared, options),
      addUnreadable: (file) => consolidator.addUnreadable(file),
      finish: () => consolidator.finish(),
    };
  },
  output: buildConsolidationOutput,
  async workbookBytes(result, locale, title, tracked) {
    const { writeWorkbook } = await writer();
    return writeWorkbook(consolidatedWorkbook(result, locale, title, tracked));
  },
  choosePeriod,
  readHistory,
  async historyOfFile(name, bytes) {
    const { readNamedWorkbookAsync } = await loadWorkbookReader();
    return readHistory((await readNamedWorkbookAsync(bytes, name)).grid);
  },
  track: (plan, result, period, earlier) =>
    trackPeriod({
      result,
      period,
      earlier: earlier ?? EMPTY_HISTORY,
      planHash: planHash(plan),
      planPeriod: plan.period,
      locale: planLanguage(plan),
    }),
  requests: executorRequests,
  async requestFiles({ plan, grid, planFile }, result, period, issued) {
    const { writeWorkbook } = await writer();
    const files = requestFiles(plan, grid, executorRequests(result), {
      language: planLanguage(plan),
      planFile,
      period,
      issued,
    });
    const encoder = new TextEncoder();
    return files.flatMap((file) => [
      { name: `${file.baseName}.xlsx`, bytes: writeWorkbook(file.spec) },
      // Windows Notepad and mail clients read a UTF-8 text by its byte-order mark, lines ending in CRLF.
      { name: `${file.baseName}.txt`, bytes: encoder.encode(`\ufeff${file.text.replace(/\n/g, "\r\n")}`) },
    ]);
  },
  headReport(plan, result, request) {
    const doc = wordReport(
      buildImplementationReport(plan, result, {
        period: request.period,
        progress: request.tracked?.progress ?? null,
      }),
      {
        compiledOn: request.today,
      },
    );
    return {
      fileName: doc.fileName,
      output: reportOutput(doc),
      workbook: async () => (await writer()).writeWorkbook(reportWorkbook(doc)),
      // the docx library is a download of its own, fetched the first time a report is made
      docx: async () => (await loadReportDocx()).reportDocx(doc),
    };
  },
};
