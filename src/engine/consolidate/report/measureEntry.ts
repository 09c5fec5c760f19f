import { parseNumber } from "../../parse/parseNumber";
import type { FieldCell, Measure } from "../../plan/Plan";
import { cellText } from "../../text/cellText";
import { collapseSpace } from "../../text/collapseSpace";
import type { MeasureResult, Report } from "../Consolidation";
import type {
  AchievedValue,
  MeasureEntry,
  MeasureFinancing,
  ReportPeriod,
  ReportText,
} from "./ImplementationReport";
import { countedStatus } from "./statusCounts";

export type EntryContext = {
  readonly period: ReportPeriod;
  /** The language numbers in the plan are written in ("12,5"). */
  readonly language: "uk" | "bg" | "en";
  /** Roster id → name; null (an unidentified file) → null. */
  readonly name: (id: string | null) => string | null;
  /** Roster id → position in the roster: reports are given in that order. */
  readonly order: (id: string | null) => number;
  /** The plan has financing columns. */
  readonly financing: boolean;
};

/** One measure of the report: the plan's cells, the aggregate status, overdue, the reports' texts and values. */
export function measureEntry(result: MeasureResult, ctx: EntryContext): MeasureEntry {
  const m = result.measure;
  const counted = countedStatus(result.status);
  const end = m.deadline?.end ?? null;
  const overdue = end !== null && end <= ctx.period.end && counted !== "done" && counted !== "not_applicable";
  const reports = [...result.reports].sort((a, b) => ctx.order(a.executor) - ctx.order(b.executor));
  return {
    sheet: m.sheet,
    row: m.rowIndex + 1,
    number: plain(m.number),
    text: collapseSpace(m.text),
    responsible: [m.fields.responsible, ...m.subRows.map((sub) => sub.fields.responsible)]
      .map((cell) => plain(cell?.text))
      .filter((text): text is string => text !== null)
      .join("\n"),
    deadline: plain(m.fields.deadline?.text ?? m.deadline?.raw),
    status: result.status,
    counted,
    overdue,
    texts: reportTexts(reports, ctx),
    missing: result.missing.map((id) => ctx.name(id) ?? id),
    indicator: plain(m.fields.indicator?.text),
    baseline: plain((m.fields.baseline ?? m.fields.currentValue)?.text),
    target: plain(m.fields.targetValue?.text),
    achieved: reports.flatMap((report) => achieved(report, ctx)),
    financing: ctx.financing ? financing(m, reports, ctx) : null,
  };
}

/** Trimmed, whitespace runs as one space; null when blank. */
function plain(text: string | null | undefined): string | null {
  const value = collapseSpace(text ?? "");
  return value === "" ? null : value;
}

/** A report's own text, its line breaks kept, trimmed. */
function ownText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

function executorName(report: Report, ctx: EntryContext): string {
  return ctx.name(report.executor) ?? report.file;
}

/** Each distinct text once, with every executor that sent it; a report with no text is its status. */
function reportTexts(reports: readonly Report[], ctx: EntryContext): ReportText[] {
  const byText = new Map<string, { executors: string[]; entry: Omit<ReportText, "executors"> }>();
  for (const report of reports) {
    const text = ownText(report.text);
    const reasons = ownText(report.reasons);
    const key =
      text === "" && reasons === ""
        ? `\u0001${report.status ?? collapseSpace(report.statusRaw).toLowerCase()}`
        : `${collapseSpace(text)}\u0000${collapseSpace(reasons)}`;
    const name = executorName(report, ctx);
    const seen = byText.get(key);
    if (seen === undefined)
      byText.set(key, {
        executors: [name],
        entry: { status: report.status, statusRaw: collapseSpace(report.statusRaw), text, reasons },
      });
    else if (!seen.executors.includes(name)) seen.executors.push(name);
  }
  return [...byText.values()].map(({ executors, entry }) => ({ executors, ...entry }));
}

function achieved(report: Report, ctx: EntryContext): AchievedValue[] {
  const raw = collapseSpace(cellText(report.valueRaw));
  const parts = report.subRows.flatMap((sub): (number | string)[] => {
    if (sub.value !== null) return [sub.value];
    const text = collapseSpace(cellText(sub.valueRaw));
    return text === "" ? [] : [text];
  });
  if (report.value === null && raw === "" && parts.length === 0) return [];
  return [{ executor: executorName(report, ctx), value: report.value, raw, parts }];
}

function financing(m: Measure, reports: readonly Report[], ctx: EntryContext): MeasureFinancing {
  const cells = [m.fields.financingAmount, ...m.subRows.map((sub) => sub.fields.financingAmount)];
  const planned = sum(cells.map((cell) => amount(cell, ctx)));
  // One amount per executor: a conflicting second row of the same executor does not add to the first.
  const spentBy = new Map<string | null, number>();
  const spentText: string[] = [];
  for (const report of reports) {
    if (report.fundsSpent !== null) {
      if (!spentBy.has(report.executor)) spentBy.set(report.executor, report.fundsSpent);
      continue;
    }
    const raw = collapseSpace(cellText(report.fundsSpentRaw));
    if (raw !== "" && !spentText.includes(raw)) spentText.push(raw);
  }
  return {
    planned,
    plannedText: plain(m.fields.financingAmount?.text) ?? "",
    source: plain(m.fields.financing?.text) ?? "",
    spent: sum([...spentBy.values()]),
    spentText,
  };
}

function amount(cell: FieldCell | undefined, ctx: EntryContext): number | null {
  if (cell === undefined) return null;
  const parsed = parseNumber(cell.value, ctx.language);
  return parsed.kind === "number" ? parsed.value : null;
}

/** The sum of the numbers, or null when there is none. */
export function sum(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}
