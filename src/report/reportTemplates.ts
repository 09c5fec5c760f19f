import {
  type ExecutorEntry,
  ExecutorMatcher,
  type Measure,
  type Plan,
  planHash,
  type Roster,
  type WorkbookGrid,
} from "../engine";
import type { Locale } from "../i18n";
import type { WorkbookSpec } from "../xlsx";
import { safeFileName } from "./safeFileName";
import { templateWorkbook } from "./templateWorkbook";

export type TemplateFile = {
  readonly entry: ExecutorEntry;
  /** A file name safe on every system ("ruo-ruse.xlsx"), unique in the set. */
  readonly fileName: string;
  readonly measures: readonly Measure[];
  readonly spec: WorkbookSpec;
};

/**
 * One report template per roster executor that the plan names somewhere (see ExecutorMatcher), with only
 * the measures naming it. Executors named nowhere get no template.
 */
export function reportTemplates(
  plan: Plan,
  grid: WorkbookGrid,
  roster: Roster,
  options: {
    readonly language: Locale;
    readonly planFile: string;
    /** The reporting period the templates are issued for ("2025"), recorded in their metadata. */
    readonly period?: string | undefined;
  },
): TemplateFile[] {
  const matcher = new ExecutorMatcher(roster.entries, plan.abbreviations);
  const measures = plan.sheets.flatMap((sheet) => sheet.measures);
  const named = measures.map((measure) => new Set(matcher.namedIn(measure)));
  const hash = planHash(plan);
  const taken = new Set<string>();
  return roster.entries.flatMap((entry) => {
    const own = measures.filter((_, i) => named[i]?.has(entry.id) ?? false);
    if (own.length === 0) return [];
    return [
      {
        entry,
        fileName: safeFileName(entry.id, taken),
        measures: own,
        spec: templateWorkbook({
          plan,
          grid,
          entry,
          measures: own,
          language: options.language,
          planHash: hash,
          planFile: options.planFile,
          period: options.period,
        }),
      },
    ];
  });
}
