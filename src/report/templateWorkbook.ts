import {
  type ExecutorEntry,
  type Measure,
  type Plan,
  STATUS_CHOICES,
  TEMPLATE_META_SHEET,
  TEMPLATE_VERSION,
  templateMetaRows,
  type WorkbookGrid,
} from "../engine";
import { type Locale, t } from "../i18n";
import type { SheetSpec, WorkbookSpec } from "../xlsx";
import { templateSheet } from "./templateSheet";

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
};

/**
 * An executor's report template: one sheet per plan sheet where it has measures (same sheet names), and a
 * very hidden sheet recording the plan fingerprint and the executor, so the return matches back by id.
 */
export function templateWorkbook(input: TemplateInput): WorkbookSpec {
  const chosen = new Set(input.measures);
  const sheets: SheetSpec[] = [];
  input.plan.sheets.forEach((sheet, sheetIndex) => {
    const measures = sheet.measures.filter((m) => chosen.has(m));
    const grid = input.grid.sheets[sheetIndex];
    if (measures.length === 0 || grid === undefined) return;
    sheets.push(
      templateSheet({
        sheet,
        sheetIndex,
        grid,
        measures,
        executor: input.entry.name,
        language: input.language,
        statusChoices: Object.values(STATUS_CHOICES[input.language]),
      }),
    );
  });
  const meta = templateMetaRows({
    version: TEMPLATE_VERSION,
    planHash: input.planHash,
    planFile: input.planFile,
    executorId: input.entry.id,
    executorName: input.entry.name,
    language: input.language,
  });
  sheets.push({ name: TEMPLATE_META_SHEET, rows: meta, visibility: "veryHidden" });
  return {
    sheets,
    properties: {
      title: `${t(input.language, "template.title")}: ${input.entry.name}`,
      creator: "PlanCheck",
    },
  };
}
