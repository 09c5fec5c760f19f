import {
  type ExecutorEntry,
  type Measure,
  type Plan,
  reissueRow,
  STATUS_CHOICES,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  templateMetaRows,
  uniqueSheetNames,
  type WorkbookGrid,
} from "../engine";
import { type Locale, t } from "../i18n";
import type { SheetSpec, WorkbookSpec } from "../xlsx";
import { cutMarker } from "./cutMarker";
import { templateSheet } from "./templateSheet";
import type { TemplatePrefill } from "./TemplatePrefill";

export type TemplateInput = {
  readonly plan: Plan;
  /** The plan workbook as read (values and merges are copied from it). */
  readonly grid: WorkbookGrid;
  readonly entry: ExecutorEntry;
  /** The executor's measures. */
  readonly measures: readonly Measure[];
  readonly language: Locale;
  readonly planHash: string;
  readonly planFile: string;
  /** The reporting period the template is issued for, when one is. */
  readonly period?: string | undefined;
  /** A template re-issued with a request: pre-filled, the cells to fix marked (see TemplatePrefill). */
  readonly prefill?: TemplatePrefill | undefined;
};

/**
 * An executor's report template: one sheet per plan sheet where it has measures (same sheet names), and a
 * very hidden sheet recording the plan fingerprint and the executor, so the return matches back by id.
 */
export function templateWorkbook(input: TemplateInput): WorkbookSpec {
  const chosen = new Set(input.measures);
  const used = input.plan.sheets.flatMap((sheet, sheetIndex) => {
    const measures = sheet.measures.filter((m) => chosen.has(m));
    const grid = input.grid.sheets[sheetIndex];
    return measures.length === 0 || grid === undefined ? [] : [{ sheet, sheetIndex, grid, measures }];
  });
  // The plan's sheet names, made valid for Excel (a LibreOffice name may be longer or hold "/") and distinct
  // from the metadata sheet's; the returns match back by the measure ids, not by sheet names.
  const names = uniqueSheetNames(
    used.map(({ sheet }) => sheet.name),
    [TEMPLATE_META_SHEET],
  );
  const sheets: SheetSpec[] = used.map(({ sheet, sheetIndex, grid, measures }, i) =>
    templateSheet({
      sheet,
      name: names[i] ?? sheet.name,
      sheetIndex,
      grid,
      measures,
      executor: input.entry.name,
      language: input.language,
      statusChoices: Object.values(STATUS_CHOICES[input.language]),
      prefill: input.prefill,
      headNote: i === 0 ? (input.prefill?.headNote ?? null) : null,
    }),
  );
  const meta = templateMetaRows({
    version: TEMPLATE_VERSION,
    planHash: input.planHash,
    planFile: input.planFile,
    executorId: input.entry.id,
    executorName: input.entry.name,
    language: input.language,
    ...(input.period === undefined ? {} : { period: input.period }),
  });
  const reissued = input.prefill === undefined ? [] : [reissueRow(input.prefill.issued)];
  sheets.push({ name: TEMPLATE_META_SHEET, rows: [...meta, ...reissued], visibility: "veryHidden" });
  return {
    sheets,
    properties: {
      title: `${t(input.language, "template.title")}: ${input.entry.name}`,
      creator: "PlanCheck",
    },
    cutMarker: cutMarker(input.language),
  };
}
