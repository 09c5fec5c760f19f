import type { ImplementationReport, ReportSection } from "../../engine";
import { t } from "../../i18n";
import { measureBlocks } from "./measureBlocks";
import { evaluationBlocks, progressBlocks } from "./progressBlocks";
import { formatDay } from "./reportFormat";
import type { PageFooter, ReportBlock, ReportDocument } from "./ReportDocument";
import { summaryBlocks } from "./summaryBlocks";
import type { WordingContext } from "./WordingContext";

/** How each kind of section is worded: a new kind of section fails to compile until it is listed here. */
const SECTIONS: {
  readonly [K in ReportSection["kind"]]: (
    section: Extract<ReportSection, { kind: K }>,
    ctx: WordingContext,
  ) => ReportBlock[];
} = {
  summary: summaryBlocks,
  evaluation: evaluationBlocks,
  progress: progressBlocks,
  measures: measureBlocks,
};

export type WordingOptions = {
  /** The day the report is compiled, ISO `YYYY-MM-DD` (said under the title). */
  readonly compiledOn: string;
};

/** The report for the head worded in the plan's language, as blocks both renderers (sheet, Word) lay out. */
export function wordReport(report: ImplementationReport, options: WordingOptions): ReportDocument {
  const locale = report.language;
  const ctx: WordingContext = { locale };
  const { period } = report;
  const label = period.year === null ? period.label : t(locale, "report.period.year", { year: period.year });
  const title =
    report.planTitle === null
      ? t(locale, "report.titleUntitled", { period: label })
      : t(locale, "report.title", { title: report.planTitle, period: label });
  const blocks = report.sections.flatMap((section) =>
    (SECTIONS[section.kind] as (s: ReportSection, c: WordingContext) => ReportBlock[])(section, ctx),
  );
  return {
    language: locale,
    title,
    subtitle: [
      t(locale, "report.period.dates", {
        start: formatDay(period.start, locale),
        end: formatDay(period.end, locale),
      }),
      t(locale, "report.basis", { date: formatDay(options.compiledOn, locale), files: report.returns }),
    ],
    footer: pageFooter(t(locale, "report.footer.page", { page: "\u0001", pages: "\u0002" })),
    blocks,
    sheetName: t(locale, "report.sheet").slice(0, 31),
    fileName: t(locale, "report.fileName", { period: period.label }),
  };
}

/** "Page \u0001 of \u0002" → the text before the page number, between it and the count, and after. */
function pageFooter(text: string): PageFooter {
  const [before = "", rest = ""] = text.split("\u0001");
  const [between = "", after = ""] = rest.split("\u0002");
  return { before, between, after };
}
