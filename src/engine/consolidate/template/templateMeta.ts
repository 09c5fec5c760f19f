import type { SheetGrid, WorkbookGrid } from "../../grid/SheetGrid";
import { cellText } from "../../text/cellText";

/**
 * What a report template carries so its return matches back without guessing: a very hidden sheet of
 * key/value rows (marker, plan fingerprint, executor), and on every sheet a hidden column headed
 * {@link TEMPLATE_ID_HEADER} whose cell on each measure's first row names the plan measure ("m:<sheet>:<row>",
 * plan sheet position and 1-based row).
 */
export type TemplateMeta = {
  readonly version: number;
  readonly planHash: string;
  readonly planFile: string;
  readonly executorId: string;
  readonly executorName: string;
  readonly language: string;
  /**
   * The reporting period the template was issued for ("2025"), when one was given; a report for the head takes
   * its period from here unless told otherwise. Absent in templates of earlier versions.
   */
  readonly period?: string;
};

export const TEMPLATE_META_SHEET = "PlanCheck";
export const TEMPLATE_MARKER = "plancheck-template";
export const TEMPLATE_ID_HEADER = "PlanCheck ID";
export const TEMPLATE_VERSION = 1;

const FIELDS = ["planHash", "planFile", "executorId", "executorName", "language"] as const;

/** The metadata sheet's rows: the marker with the version, then one key/value row per field (period if given). */
export function templateMetaRows(meta: TemplateMeta): string[][] {
  const period = meta.period === undefined || meta.period === "" ? [] : [["period", meta.period]];
  return [[TEMPLATE_MARKER, String(meta.version)], ...FIELDS.map((field) => [field, meta[field]]), ...period];
}

/**
 * Whether a sheet is a template's metadata sheet: known by its marker in A1, not by its name (a plan may have
 * a sheet named "PlanCheck" of its own).
 */
export function isTemplateMetaSheet(sheet: SheetGrid): boolean {
  return cellText(sheet.cells[0]?.[0] ?? null) === TEMPLATE_MARKER;
}

/** The template metadata of a workbook, or null when it is not one of our templates. */
export function readTemplateMeta(workbook: WorkbookGrid): TemplateMeta | null {
  const sheet =
    workbook.sheets.find((s) => s.name === TEMPLATE_META_SHEET && isTemplateMetaSheet(s)) ??
    workbook.sheets.find(isTemplateMetaSheet);
  if (sheet === undefined) return null;
  const rows = sheet.cells;
  const values = new Map(rows.slice(1).map((row) => [cellText(row[0] ?? null), cellText(row[1] ?? null)]));
  const field = (name: (typeof FIELDS)[number]): string => values.get(name) ?? "";
  const period = values.get("period") ?? "";
  return {
    version: Number(cellText(rows[0]?.[1] ?? null)) || TEMPLATE_VERSION,
    planHash: field("planHash"),
    planFile: field("planFile"),
    executorId: field("executorId"),
    executorName: field("executorName"),
    language: field("language"),
    ...(period === "" ? {} : { period }),
  };
}

export function measureId(sheetIndex: number, rowIndex: number): string {
  return `m:${sheetIndex}:${rowIndex + 1}`;
}

/** The plan position a template id names, or null for anything else. */
export function parseMeasureId(text: string): { sheetIndex: number; rowIndex: number } | null {
  const match = /^m:(\d+):(\d+)$/.exec(text.trim());
  return match === null ? null : { sheetIndex: Number(match[1]), rowIndex: Number(match[2]) - 1 };
}
