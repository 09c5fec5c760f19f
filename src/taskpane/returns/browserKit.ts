import { zipSync, type Zippable } from "fflate";
import {
  buildImplementationReport,
  Consolidator,
  deriveRoster,
  planLanguage,
  reportPeriod,
} from "../../engine";
import type { Locale } from "../../i18n";
import {
  buildConsolidationOutput,
  consolidatedWorkbook,
  loadReportDocx,
  reportOutput,
  reportTemplates,
  reportWorkbook,
  wordReport,
} from "../../report";
import type { ConsolidationKit } from "./ConsolidationKit";
import { loadWorkbookWriter } from "../../xlsx";
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
      finish: () => consolidator.finish(),
    };
  },
  output: buildConsolidationOutput,
  async workbookBytes(result, locale, title) {
    const { writeWorkbook } = await writer();
    return writeWorkbook(consolidatedWorkbook(result, locale, title));
  },
  headReport(plan, result, request) {
    const period = reportPeriod({
      given: request.period,
      fromTemplates: request.templatePeriods,
      planPeriod: plan.period,
      today: request.today,
    });
    if (!period.ok) return { badPeriod: period.given };
    const doc = wordReport(buildImplementationReport(plan, result, { period: period.period }), {
      compiledOn: request.today,
    });
    return {
      fileName: doc.fileName,
      output: reportOutput(doc),
      workbook: async () => (await writer()).writeWorkbook(reportWorkbook(doc)),
      // the docx library is a download of its own, fetched the first time a report is made
      docx: async () => (await loadReportDocx()).reportDocx(doc),
    };
  },
};
