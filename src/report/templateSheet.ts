import {
  type CellRange,
  collapseSpace,
  type FieldRole,
  type Measure,
  measureId,
  type PlanSheet,
  type SheetGrid,
  TEMPLATE_ID_HEADER,
} from "../engine";
import { type Locale, t } from "../i18n";
import { type CellInput, type ListValidationSpec, printLayout, type SheetSpec } from "../xlsx";
import { copyMeasureRows } from "./copyMeasureRows";
import type { MeasurePrefill, TemplatePrefill } from "./TemplatePrefill";
import {
  isReportRole,
  planColumnWidth,
  reportColumnLabels,
  TEMPLATE_REPORT_COLUMNS,
} from "./templateColumns";

export type TemplateSheetInput = {
  readonly sheet: PlanSheet;
  /** The template sheet's name: the plan sheet's, made valid and unique. */
  readonly name: string;
  readonly sheetIndex: number;
  readonly grid: SheetGrid;
  readonly measures: readonly Measure[];
  readonly executor: string;
  readonly language: Locale;
  readonly statusChoices: readonly string[];
  /** For a re-issued template: what the executor sent and what to fix. */
  readonly prefill?: TemplatePrefill | undefined;
  /** The note on the executor line (a re-issued template's first sheet). */
  readonly headNote?: string | null | undefined;
};

/** Rows above the header: title, executor, instructions. */
const HEADER_ROW = 3;

/**
 * One sheet of an executor's template: a hidden first column of measure ids (first, so that a spreadsheet
 * that shows zero-width columns cannot spill the ids over the report), the plan's columns for its measures
 * (locked, sub-rows and merges kept, the plan's own report columns left out), then the report columns to fill
 * (unlocked; status as a drop-down). The sheet is protected without a password.
 */
export function templateSheet(input: TemplateSheetInput): SheetSpec {
  const header = input.sheet.headers[0];
  const roleAt = new Map<number, FieldRole>();
  for (const [role, col] of Object.entries(input.sheet.tables[0]?.roles ?? {}) as [FieldRole, number][])
    roleAt.set(col, role);
  const width = header?.width ?? 0;
  const planColumns = [...Array(width).keys()].filter((c) => !isReportRole(roleAt.get(c)));
  const reportStart = 1 + planColumns.length;
  const headerRow: CellInput[] = [
    TEMPLATE_ID_HEADER,
    ...planColumns.map((c) => collapseSpace(header?.labels[c] ?? "")),
    ...reportColumnLabels(input.language),
  ].map((label) => ({ value: label === "" ? null : label, style: "header" }));
  const executorLine = t(input.language, "template.executor", { executor: input.executor });
  const headNote = input.headNote ?? null;
  const rows: CellInput[][] = [
    [null, { value: t(input.language, "template.title"), style: "title" }],
    [
      null,
      headNote === null
        ? { value: executorLine, style: "bold" }
        : { value: executorLine, style: ["bold", "warning"], note: headNote },
    ],
    [
      null,
      {
        value: t(
          input.language,
          input.prefill === undefined ? "template.instructions" : "request.instructions",
        ),
        style: ["italic", "muted"],
      },
    ],
    headerRow,
  ];
  const merges: CellRange[] = [];
  for (const measure of input.measures) {
    const block = copyMeasureRows(input.grid, measure, planColumns, rows.length, 1);
    merges.push(...block.merges);
    const prefill = input.prefill?.measure(input.sheetIndex, measure.rowIndex);
    block.rows.forEach((cells, i) => {
      const report: CellInput[] = reportCells(prefill, i);
      const id = i === 0 ? measureId(input.sheetIndex, measure.rowIndex) : null;
      rows.push([id, ...cells.map((value) => ({ value, style: ["wrap", "border"] as const })), ...report]);
    });
  }
  const firstData = HEADER_ROW + 1;
  const statusColumn = reportStart;
  const validation: ListValidationSpec = {
    ranges: [
      {
        rowIndex: firstData,
        colIndex: statusColumn,
        lastRowIndex: Math.max(firstData, rows.length - 1),
        lastColIndex: statusColumn,
      },
    ],
    values: input.statusChoices,
    allowBlank: true,
    errorTitle: t(input.language, "template.statusErrorTitle"),
    error: t(input.language, "template.statusError"),
    promptTitle: t(input.language, "template.statusErrorTitle"),
    prompt: t(input.language, "template.statusPrompt"),
  };
  const columnWidths = [
    0,
    ...planColumns.map((c) => planColumnWidth(roleAt.get(c))),
    ...TEMPLATE_REPORT_COLUMNS.map((column) => column.width),
  ];
  // the measure's number (else the first plan column) identifies a row on every page across
  const numbered = planColumns.findIndex((c) => roleAt.get(c) === "number" || roleAt.get(c) === "taskNumber");
  const numberColumn = Math.max(0, numbered);
  // The id column is hidden and outside the print area; the header row repeats on every page, and the
  // measure number at the left when the columns run over several pages.
  const print = printLayout(
    { rows, columnWidths, hiddenColumns: [0] },
    {
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      columns: { first: 1, last: columnWidths.length - 1 },
      titleColumns: { first: 1 + numberColumn, last: 1 + numberColumn },
    },
  );
  return {
    name: input.name,
    rows,
    columnWidths,
    hiddenColumns: [0],
    merges,
    freeze: { rows: firstData, columns: 0 },
    validations: [validation],
    protection: { allowFormatColumns: true, allowFormatRows: true },
    print,
  };
}

/**
 * The report cells of one template row (`offset` from the measure's first row): empty, or (re-issued) what the
 * executor sent, the cells to fix filled in the warning colour with a note.
 */
function reportCells(prefill: MeasurePrefill | undefined, offset: number): CellInput[] {
  const values = offset === 0 ? prefill?.cells : prefill?.subRows.find((s) => s.offset === offset)?.cells;
  return TEMPLATE_REPORT_COLUMNS.map((column) => {
    const value = values?.[column.role] ?? null;
    const note = offset === 0 ? prefill?.marks[column.role] : undefined;
    return note === undefined
      ? { value, style: ["wrap", "border", "unlocked"] as const }
      : { value, style: ["wrap", "border", "unlocked", "warning"] as const, note };
  });
}
