import {
  cellText,
  type CellValue,
  collapseSpace,
  type ExecutorRequest,
  type Measure,
  type Period,
  type Plan,
  planHash,
  type Report,
  type ReportRole,
  type RequestItem,
  type RequestMeasure,
  type Source,
  type WorkbookGrid,
} from "../engine";
import { type Locale, t } from "../i18n";
import type { WorkbookSpec } from "../xlsx";
import { safeFileName } from "./safeFileName";
import type { MeasurePrefill, TemplatePrefill } from "./TemplatePrefill";
import { templateWorkbook } from "./templateWorkbook";

/** A request to one executor: the text to send and the template re-issued to it, under one safe base name. */
export type RequestFile = {
  readonly executor: { readonly id: string; readonly name: string };
  /** How many things it is asked to fix. */
  readonly items: number;
  /** A file name without extension, safe on every system, from the executor's name; unique in the set. */
  readonly baseName: string;
  readonly text: string;
  readonly spec: WorkbookSpec;
};

export type RequestOptions = {
  /** The plan's language (or another chosen): the text and the template are written in it. */
  readonly language: Locale;
  readonly planFile: string;
  readonly period: Period;
  /** ISO date-time the templates are issued at: a return of a later issue wins. */
  readonly issued: string;
};

/**
 * Per executor with gaps: a short text listing what to fix (measure numbers and texts) and its template
 * re-issued — pre-filled with what it sent, the cells to fix marked and explained in notes, recording the
 * period and the issue time so that its return replaces the executor's earlier answers for the period.
 */
export function requestFiles(
  plan: Plan,
  grid: WorkbookGrid,
  requests: readonly ExecutorRequest[],
  options: RequestOptions,
): RequestFile[] {
  const hash = planHash(plan);
  const taken = new Set<string>();
  const sheetIndex = new Map(plan.sheets.map((sheet, i) => [sheet.name, i]));
  return requests.map((request) => {
    const fileName = safeFileName(request.executor.name, taken, ".xlsx");
    const byPlace = new Map(
      request.measures.map((m) => [`${sheetIndex.get(m.measure.sheet)}:${m.measure.rowIndex}`, m]),
    );
    const prefill: TemplatePrefill = {
      measure: (sheet, row) => {
        const found = byPlace.get(`${sheet}:${row}`);
        return found === undefined ? undefined : measurePrefill(found, options.language);
      },
      headNote: unmatchedNote(request.items, options.language),
      issued: options.issued,
    };
    const spec = templateWorkbook({
      plan,
      grid,
      entry: {
        id: request.executor.id,
        name: request.executor.name,
        aliases: [],
        file: null,
        byConsent: false,
      },
      measures: request.measures.map((m) => m.measure),
      language: options.language,
      planHash: hash,
      planFile: options.planFile,
      period: options.period.label,
      prefill,
    });
    return {
      executor: request.executor,
      items: request.items.length,
      baseName: fileName.slice(0, -".xlsx".length),
      text: requestText(plan, request, options),
      spec,
    };
  });
}

/** The request's text: to whom, what is incomplete, one line per item, how to answer. */
export function requestText(plan: Plan, request: ExecutorRequest, options: RequestOptions): string {
  const locale = options.language;
  const period = options.period.label;
  const lines = [
    t(locale, "request.text.to", { executor: request.executor.name }),
    "",
    t(locale, "request.text.intro", {
      plan: collapseSpace(plan.title ?? options.planFile),
      period,
      count: request.items.length,
    }),
    ...request.items.map((item, i) => `${i + 1}. ${itemText(item, locale)}`),
    "",
    t(locale, "request.text.closing", { period }),
  ];
  return `${lines.join("\n")}\n`;
}

function itemText(item: RequestItem, locale: Locale): string {
  if (item.kind === "unmatched")
    return t(locale, "request.text.item.unmatched", {
      file: item.source.file,
      row: item.source.row,
      text: shorten(item.text),
    });
  const measure = measureName(item.measure, locale);
  switch (item.kind) {
    case "conflict":
      return t(locale, "request.text.item.conflict", {
        measure,
        rows: rowList(item.rows),
        fields: item.fields.map((f) => t(locale, `consolidate.field.${f}`)).join(", "),
      });
    case "status-unrecognised":
    case "value-not-number":
      return t(locale, `request.text.item.${item.kind}`, { measure, raw: shorten(item.raw) });
    default:
      return t(locale, `request.text.item.${item.kind}`, { measure });
  }
}

/** The report cells of a measure as the executor sent them (its first row), the cells to fix noted. */
function measurePrefill(m: RequestMeasure, locale: Locale): MeasurePrefill {
  const [first] = m.reports;
  const marks: Partial<Record<ReportRole, string>> = {};
  const mark = (role: ReportRole, note: string): void => {
    marks[role] = marks[role] === undefined ? note : `${marks[role]}\n${note}`;
  };
  for (const item of m.fix) {
    if (item.kind === "not-reported" || item.kind === "status-blank")
      mark("status", t(locale, `request.note.${item.kind}`));
    else if (item.kind === "status-unrecognised")
      mark("status", t(locale, "request.note.status-unrecognised", { raw: shorten(item.raw) }));
    else if (item.kind === "value-not-number")
      mark("currentValue", t(locale, "request.note.value-not-number", { raw: shorten(item.raw) }));
    else if (item.kind === "conflict")
      for (const field of item.fields) {
        const role: ReportRole =
          field === "value" ? "currentValue" : field === "text" ? "reportText" : "status";
        const values = item.rows.map((r) => `“${shorten(answer(r, field) || "—", 60)}”`).join(" / ");
        mark(role, t(locale, "request.note.conflict", { rows: rowList(item.rows), values }));
      }
  }
  const subRows = m.measure.subRows.flatMap((sub, k) => {
    const sent = first?.subRows[k];
    return sent === undefined
      ? []
      : [
          {
            offset: sub.rowIndex - m.measure.rowIndex,
            cells: { currentValue: sent.valueRaw, reportText: blank(sent.text) },
          },
        ];
  });
  return {
    cells:
      first === undefined
        ? {}
        : {
            status: blank(first.statusRaw),
            currentValue: first.valueRaw,
            reportText: blank(first.text),
            reasons: blank(first.reasons),
            fundsSpent: first.fundsSpentRaw,
          },
    subRows,
    marks,
  };
}

function answer(report: Report, field: "status" | "value" | "text"): string {
  if (field === "status") return collapseSpace(report.statusRaw);
  if (field === "value") return collapseSpace(cellText(report.valueRaw));
  return collapseSpace(report.text);
}

/** The note on the executor line listing the rows that matched no measure, or null when there are none. */
function unmatchedNote(items: readonly RequestItem[], locale: Locale): string | null {
  const rows = items.flatMap((item) =>
    item.kind === "unmatched" ? [`${item.source.file}, ${item.source.row}: “${shorten(item.text, 80)}”`] : [],
  );
  return rows.length === 0 ? null : t(locale, "request.note.unmatched", { rows: rows.join("; ") });
}

/** "7, 9" — or with the files when the rows come from several. */
function rowList(rows: readonly Source[]): string {
  const files = new Set(rows.map((r) => r.file));
  return rows.map((r) => (files.size > 1 ? `${r.file} ${r.row}` : String(r.row))).join(", ");
}

function blank(text: string): CellValue {
  return text.trim() === "" ? null : text;
}

function shorten(text: string, max = 120): string {
  const flat = collapseSpace(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A measure as a request names it: its key ("15/2", "1.1" — its number under its task) and its text. */
function measureName(measure: Measure, locale: Locale): string {
  const key = measure.key ?? measure.number?.trim() ?? "";
  return t(locale, "request.text.measure", { key, text: shorten(measure.text, 100) }).trim();
}
