import type { SheetGrid } from "../grid/SheetGrid";
import { SheetView } from "../grid/SheetView";
import { resolveLayout, type LentColumns } from "../table/resolveLayout";
import type { ColumnRoles, HeaderBlock, TableLayout } from "../table/TableColumns";
import { classifyRow } from "./classifyRow";
import { findHeaders } from "./findHeaders";
import { headingColumn } from "./classifyHeadingRow";
import { headingOf, isKeywordHeading } from "./headingOf";
import { cellNumber } from "../parse/leadingNumber";
import { isSignatureRow, otherRowKind, type OtherRowKind } from "./otherRowKind";
import type { MeasureDraft } from "./MeasureDraft";
import type { Heading, TaskRef } from "./Plan";
import type { SheetDraft } from "./SheetDraft";

/** Context carried down the rows of a sheet: where in the hierarchy the next measure sits. */
export type WalkState = {
  section: Heading | null;
  goal: Heading | null;
  task: TaskRef | null;
  current: MeasureDraft | null;
};

/** What a sibling sheet lends: columns it read, and for a sheet without a header, its header. */
export type SiblingLoan = LentColumns & { readonly header?: HeaderBlock };

/**
 * Reads one sheet into headings and measure drafts. `columns` are the user's corrections, if any; `loan` is what
 * a sibling sheet of the same layout lends (see parsePlan); `reports` also takes report tables (see
 * ParsePlanOptions).
 */
export function parseSheet(
  sheet: SheetGrid,
  columns: ColumnRoles = {},
  loan: SiblingLoan | null = null,
  reports = false,
): SheetDraft {
  const view = new SheetView(sheet);
  const found = findHeaders(view, reports);
  const borrowed =
    found.length === 0 && loan?.header !== undefined ? borrowHeader(view, loan.header, loan.sheet) : null;
  const headers = borrowed === null ? found : [borrowed];
  const draft: SheetDraft = {
    name: sheet.name,
    headers: found,
    tables: [],
    titleRows: [],
    headings: [],
    notes: [],
    footerRows: [],
    totalRows: [],
    skippedRows: [],
    measures: [],
  };
  const firstHeader = headers[0];
  const tableStart = firstHeader?.rowIndex ?? view.rowCount;
  const state: WalkState = { section: null, goal: null, task: null, current: null };
  for (let r = 0; r < tableStart; r++) {
    const columns = view.filledColumns(r);
    const text = columns.map((c) => view.text(r, c)).join(" ");
    if (text === "") continue;
    const heading = headingOf(text);
    if (isKeywordHeading(text) && heading.number !== null) addHeading(text, r, columns[0] ?? 0, state, draft);
    else draft.titleRows.push({ rowIndex: r, text });
  }
  // A header repeated under every goal is read once: its columns' content is sampled over the whole sheet.
  const layouts = new Map<string, TableLayout>();
  headers.forEach((header, i) => {
    const end = headers[i + 1]?.rowIndex ?? view.rowCount;
    const key = header.labels.join("\u0001");
    let layout = layouts.get(key);
    if (layout === undefined) {
      layout = resolveLayout(view, header, header.lastRowIndex + 1, view.rowCount, columns, loan);
      layouts.set(key, layout);
    }
    if (layout.header !== header) layout = { ...layout, header };
    draft.tables.push(layout);
    walkSegment(view, layout, end, state, draft);
  });
  return draft;
}

/**
 * A sibling's header placed above the first row of a sheet that has none (a continuation sheet): the table starts
 * at the first row that fills at least three cells and has text in the measure column. Null when no row does.
 */
function borrowHeader(view: SheetView, header: HeaderBlock, sibling: string): HeaderBlock | null {
  const measureCol = header.roles.measure ?? header.roles.task;
  if (measureCol === undefined) return null;
  for (let r = 0; r < Math.min(view.rowCount, 30); r++) {
    if (view.filledCount(r) >= 3 && view.text(r, measureCol).length >= 10) {
      const evidence = { source: "sibling", sheet: sibling } as const;
      const choices = header.choices.map((choice) => ({ ...choice, evidence }));
      return { ...header, choices, rowIndex: r - 1, lastRowIndex: r - 1, columnNumberRows: [] };
    }
  }
  return null;
}

function walkSegment(
  view: SheetView,
  layout: TableLayout,
  end: number,
  state: WalkState,
  draft: SheetDraft,
): void {
  const { header, roles } = layout;
  let blankRun = 0;
  let ended = false;
  state.current = null;
  for (let r = header.lastRowIndex + 1; r < end; r++) {
    const filled = view.filledColumns(r);
    if (filled.length === 0) {
      blankRun++;
      continue;
    }
    if (ended || endsTable(view, r, filled, roles, blankRun, draft)) {
      ended = true;
      draft.footerRows.push(r);
      continue;
    }
    blankRun = 0;
    const other = otherRowKind(view, r, filled, layout);
    if (other !== null) {
      fileOtherRow(other, view, r, filled, state, draft);
      continue;
    }
    const headingCol = headingColumn(view, r, filled, roles, header.width);
    if (headingCol !== null) {
      const text = filled.map((c) => view.text(r, c)).join(" ");
      addHeading(text, r, headingCol, state, draft);
      continue;
    }
    classifyRow(view, r, layout, state, draft);
  }
}

/**
 * A signature block or remark after the last measure ends the table (until the next header): a signature line
 * anywhere, or — after a blank row — a row that does not look like table content (a goal heading, a numbered
 * row or a full row of cells carry on after a blank line).
 */
function endsTable(
  view: SheetView,
  rowIndex: number,
  filled: number[],
  roles: ColumnRoles,
  blankRun: number,
  draft: SheetDraft,
): boolean {
  if (draft.measures.length === 0 || (blankRun === 0 && filled.length > 3)) return false;
  const numberCol = roles.number ?? roles.taskNumber;
  const numbered = numberCol !== undefined && cellNumber(view.text(rowIndex, numberCol)) !== null;
  if (!numbered && isSignatureRow(view, rowIndex, filled)) return true;
  const measureCol = roles.measure ?? 0;
  if (blankRun === 0) return false;
  if (view.text(rowIndex, measureCol) !== "" && !view.merges.isFollower(rowIndex, measureCol)) return false;
  const text = view.text(rowIndex, filled[0] ?? 0);
  return !(numbered || filled.length >= 3 || isKeywordHeading(text));
}

/** Files a row that is not a measure; a total or a note ends the measure above, a page number does not. */
function fileOtherRow(
  kind: OtherRowKind,
  view: SheetView,
  rowIndex: number,
  filled: readonly number[],
  state: WalkState,
  draft: SheetDraft,
): void {
  if (kind === "total") {
    draft.totalRows.push(rowIndex);
    state.current = null;
  } else if (kind === "note") {
    draft.notes.push({ rowIndex, text: filled.map((c) => view.text(rowIndex, c)).join(" ") });
    state.current = null;
  } else {
    draft.skippedRows.push(rowIndex);
  }
}

function addHeading(
  text: string,
  rowIndex: number,
  colIndex: number,
  state: WalkState,
  draft: SheetDraft,
): void {
  const { kind, number } = headingOf(text);
  state.current = null;
  if (kind === "note") {
    draft.notes.push({ rowIndex, text });
    return;
  }
  if (kind === "task") {
    state.task = { number, text, rowIndex, colIndex };
    draft.headings.push({ kind, number, text, rowIndex, colIndex });
    return;
  }
  const heading: Heading = { kind, number, text, rowIndex, colIndex };
  draft.headings.push(heading);
  state.task = null;
  if (kind === "section") {
    state.section = heading;
    state.goal = null;
  } else {
    state.goal = heading;
  }
}
