import type { CellValue } from "../grid/CellValue";
import type { WorkbookGrid } from "../grid/SheetGrid";
import { collectAbbreviations } from "../parse/collectAbbreviations";
import { parseDeadline, type Deadline } from "../parse/parseDeadline";
import { parseExecutors, type Executor } from "../parse/parseExecutors";
import type { ColumnRoles } from "../table/TableColumns";
import { canonicalNumber, numberedLines } from "../parse/leadingNumber";
import type { MeasureDraft } from "./MeasureDraft";
import type { Measure, Plan, PlanPeriod, PlanSheet } from "./Plan";
import { readSheets } from "./readSheets";
import { planPeriod } from "./planPeriod";
import type { SheetDraft } from "./SheetDraft";

export type ParsePlanOptions = {
  /** The user's column corrections per sheet name (they win over what the headers say). */
  readonly columns?: Readonly<Record<string, ColumnRoles>>;
  /**
   * Reading an executor's return: a table that names what is done and what was reported ("№ | Activity |
   * Status | Achieved") is a table too, without the plan's executors, deadline or indicator columns.
   */
  readonly reports?: boolean;
  /** The plan period the user set (settings); else the title's. Deadlines without a year read in it. */
  readonly period?: PlanPeriod | null;
};

/**
 * Reads a workbook into a plan: finds the table on every sheet, builds the goal → task → measure hierarchy and
 * parses each measure's deadline and responsible bodies. Never throws on messy data: a sheet without a table
 * yields a sheet with no measures.
 */
export function parsePlan(workbook: WorkbookGrid, options: ParsePlanOptions = {}): Plan {
  const drafts = readSheets(workbook, options);
  const responsibleTexts = new Set<string>();
  for (const draft of drafts)
    for (const m of draft.measures) for (const t of responsibleTextsOf(m)) responsibleTexts.add(t);
  const abbreviations = collectAbbreviations(responsibleTexts);
  const titleTexts = drafts.flatMap((d) => d.titleRows.map((row) => row.text));
  const period = planPeriod(titleTexts);
  const years = options.period ?? period;
  // Plans repeat the same deadlines and responsible bodies hundreds of times: parse each text once.
  const deadlines = new Map<string, Deadline | null>();
  const deadlineOf = (value: CellValue): Deadline | null => {
    if (typeof value !== "string") return parseDeadline(value, years);
    if (!deadlines.has(value)) deadlines.set(value, parseDeadline(value, years));
    return deadlines.get(value) ?? null;
  };
  const executors = new Map<string, readonly Executor[]>();
  const executorsOf = (text: string): readonly Executor[] => {
    let found = executors.get(text);
    if (found === undefined) {
      found = parseExecutors(text, abbreviations);
      executors.set(text, found);
    }
    return found;
  };
  const sheets: PlanSheet[] = drafts.map((draft) => ({
    name: draft.name,
    headers: draft.headers,
    tables: draft.tables,
    titleRows: draft.titleRows,
    headings: draft.headings,
    notes: draft.notes,
    footerRows: draft.footerRows,
    totalRows: draft.totalRows,
    skippedRows: draft.skippedRows,
    measures: draft.measures.map((m) => finishMeasure(draft, m, deadlineOf, executorsOf)),
  }));
  return { title: pickTitle(drafts), period, sheets, abbreviations };
}

function responsibleTextsOf(measure: MeasureDraft): string[] {
  const own = measure.fields.responsible?.text ?? "";
  const texts = own === "" ? [] : [own];
  for (const row of measure.subRows) {
    const text = row.fields.responsible?.text ?? "";
    if (text !== "") texts.push(text);
  }
  return texts;
}

function finishMeasure(
  sheet: SheetDraft,
  draft: MeasureDraft,
  deadlineOf: (value: CellValue) => Deadline | null,
  executorsOf: (text: string) => readonly Executor[],
): Measure {
  const fromText = draft.numberCell !== null && draft.numberCell.colIndex === draft.textCell.colIndex;
  const lines = fromText && draft.text.includes("\n") ? numberedLines(draft.text).map((n) => n.token) : [];
  const numbers = lines.length > 0 ? lines : draft.number !== null ? [draft.number] : [];
  const task = draft.context.task;
  const own = draft.number === null ? "" : canonicalNumber(draft.number);
  const key = task !== null ? `${canonicalNumber(task.number ?? "")}/${own}` : own === "" ? null : own;
  const deadlineCell = draft.fields.deadline;
  return {
    sheet: sheet.name,
    rowIndex: draft.rowIndex,
    lastRowIndex: draft.lastRowIndex,
    number: draft.number,
    numbers,
    numberCell: draft.numberCell,
    key,
    text: draft.text,
    textCell: draft.textCell,
    section: draft.context.section,
    goal: draft.context.goal,
    task,
    fields: draft.fields,
    subRows: draft.subRows,
    joinedRows: draft.joinedRows,
    deadline: deadlineCell === undefined ? null : deadlineOf(deadlineCell.value),
    responsible: executorsOfAll(responsibleTextsOf(draft), executorsOf),
  };
}

function executorsOfAll(
  texts: readonly string[],
  executorsOf: (text: string) => readonly Executor[],
): readonly Executor[] {
  const [only, ...more] = texts;
  if (only === undefined) return [];
  return more.length === 0 ? executorsOf(only) : texts.flatMap(executorsOf);
}

/**
 * The plan title: the first title row that names a plan or programme, else the first title row. A title set
 * in two lines keeps both: "ПЛАН" above "заходів на 2026–2028 роки …", "ЗАХОДИ" above "з виконання Програми …".
 */
function pickTitle(drafts: readonly SheetDraft[]): string | null {
  for (const draft of drafts) {
    const rows = draft.titleRows;
    const at = rows.findIndex((row) => TITLE_WORDS.test(row.text));
    const named = rows[at];
    if (named === undefined) continue;
    const before = rows[at - 1];
    const after = rows[at + 1];
    const parts = [named.text];
    if (after !== undefined && after.rowIndex === named.rowIndex + 1 && isTitleWord(named.text))
      parts.push(after.text);
    else if (
      before !== undefined &&
      before.rowIndex === named.rowIndex - 1 &&
      isTitleWord(before.text) &&
      /^\P{Lu}*\p{Ll}/u.test(named.text.trim())
    )
      parts.unshift(before.text);
    return parts.map((part) => part.trim()).join(" ");
  }
  return drafts.flatMap((d) => d.titleRows)[0]?.text ?? null;
}

const TITLE_WORDS = /план|plan|програм|program|стратег|strateg|таблица/iu;

/** A title's first line standing alone: one or two words in capitals ("ПЛАН", "ЗАХОДИ", "ACTION PLAN"). */
function isTitleWord(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 2 && /\p{L}{3}/u.test(text) && text === text.toUpperCase();
}
