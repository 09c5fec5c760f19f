import type { SheetView } from "../grid/SheetView";
import { type FieldRole, REPORT_ROLES } from "./FieldRole";
import { isColumnNumberRow } from "./isColumnNumberRow";
import { joinLabelParts } from "./labelParts";
import { namesPeriodEnd, namesPeriodStart } from "./periodEnds";
import { periodLabel } from "./periodLabel";
import { labelColumns, MIN_LABEL_SCORE, type LabelledColumns } from "./labelColumns";
import { MAX_LABEL_LENGTH, scoreLabel } from "./scoreLabel";
import type { HeaderBlock } from "./TableColumns";

/** The roles a plan table is recognised by: it names what is done, and by whom, by when or with what result. */
const CORE_ROLES: ReadonlySet<FieldRole> = new Set([
  "measure",
  "task",
  "responsible",
  "deadline",
  "indicator",
]);
/** The share of a header row's cells that must read as labels (a data row has few short label-like cells). */
const LABELLED_SHARE = 0.6;
/** Below this, a cell is not counted as a label at all (but a weaker hint still counts toward the share). */
const HINT_SCORE = 1;

const REPORT_COLUMNS: ReadonlySet<FieldRole> = new Set(REPORT_ROLES);

/**
 * The header that starts at `rowIndex` (one or two rows, plus a column-number row), or null. With `reports`,
 * a header that names what is done and a report column ("№ | Activity | Status") is one too.
 */
export function detectHeader(view: SheetView, rowIndex: number, reports = false): HeaderBlock | null {
  const filled = view.filledCount(rowIndex);
  if (filled < 3) return null;
  const upper = rowLabels(view, rowIndex);
  if (!mostlyLabels(upper, filled)) return null;
  const single = labelColumns(upper.map((label) => [label]));
  if (!isHeader(single) && !(reports && isReportHeader(single))) return null;
  let lastRowIndex = rowIndex;
  let labelled = single;
  let columns = upper.map((label) => [label]);
  if (isSecondHeaderRow(view, rowIndex, upper)) {
    lastRowIndex = rowIndex + 1;
    columns = joinRows(view, rowIndex, upper, rowLabels(view, rowIndex + 1));
    labelled = labelColumns(columns);
  }
  const columnNumberRows: number[] = [];
  if (isColumnNumberRow(view, lastRowIndex + 1)) {
    lastRowIndex++;
    columnNumberRows.push(lastRowIndex);
  }
  return {
    rowIndex,
    lastRowIndex,
    roles: labelled.roles,
    choices: labelled.choices,
    labels: columns.map(joinLabelParts),
    width: Math.max(columns.length, ...Object.values(labelled.roles).map((c) => c + 1)),
    columnNumberRows,
  };
}

function rowLabels(view: SheetView, rowIndex: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < view.width; c++) labels.push(view.text(rowIndex, c));
  while (labels.length > 0 && labels[labels.length - 1] === "") labels.pop();
  return labels;
}

/** Most non-empty cells of a header are short texts that hint at some role; a data row's cells mostly do not. */
function mostlyLabels(labels: readonly string[], filled: number): boolean {
  let hints = 0;
  for (const label of labels) {
    if (label === "" || label.length > MAX_LABEL_LENGTH) continue;
    // A period ("2025", "I кв.") labels a column of a timeline or of a financing group.
    if ((scoreLabel(label)[0]?.score ?? 0) >= HINT_SCORE || periodLabel(label) !== null) hints++;
  }
  return hints >= 3 && hints >= filled * LABELLED_SHARE;
}

/**
 * A header names at least three roles, two of them core, and what is done (a measure or task) — or, when the
 * "what" column is labelled in words we do not know ("Опис", "Description"), three core roles besides it.
 */
function isHeader(labelled: LabelledColumns): boolean {
  const found = Object.keys(labelled.roles) as FieldRole[];
  const core = found.filter((role) => CORE_ROLES.has(role)).length;
  const what = labelled.roles.measure !== undefined || labelled.roles.task !== undefined;
  return found.length >= 3 && (what ? core >= 2 : core >= 3);
}

/**
 * A row under the header that refines group labels ("Фінансування" → "джерела" | "обсяг"): each of its labels
 * sits under a label that spans several columns — merged across, or (merges unknown) followed by empty cells.
 */
function isSecondHeaderRow(view: SheetView, rowIndex: number, upper: string[]): boolean {
  const lower = rowIndex + 1;
  const filled = view.filledColumns(lower);
  if (filled.length === 0 || isColumnNumberRow(view, lower)) return false;
  const below = new Set(filled);
  let matched = 0;
  for (const c of filled) {
    const text = view.text(lower, c);
    if (text.length > MAX_LABEL_LENGTH) return false;
    if (
      (scoreLabel(text)[0]?.score ?? 0) >= MIN_LABEL_SCORE ||
      periodLabel(text) !== null ||
      namesPeriodStart(text) ||
      namesPeriodEnd(text)
    )
      matched++;
    if (!underGroupLabel(view, rowIndex, upper, below, c)) return false;
  }
  return matched > 0;
}

function underGroupLabel(
  view: SheetView,
  rowIndex: number,
  upper: string[],
  below: Set<number>,
  c: number,
): boolean {
  const range = view.merges.rangeAt(rowIndex, c);
  if (range !== null && range.lastColIndex > range.colIndex) return true;
  const label = (i: number): string => upper[i] ?? "";
  if (label(c) !== "") return label(c + 1) === "" && below.has(c + 1);
  let k = c - 1;
  while (k >= 0 && label(k) === "") k--;
  return k >= 0 && below.has(k);
}

/** Column labels of a two-row header: the upper label spreads over its merge (or over empty cells to its right). */
function joinRows(view: SheetView, rowIndex: number, upper: string[], lower: string[]): string[][] {
  const width = Math.max(upper.length, lower.length);
  const columns: string[][] = [];
  let carried = "";
  for (let c = 0; c < width; c++) {
    const range = view.merges.rangeAt(rowIndex, c);
    let top = range !== null ? view.text(range.rowIndex, range.colIndex) : (upper[c] ?? "");
    if (top === "" && !view.merges.known && (lower[c] ?? "") !== "") top = carried;
    if (top !== "") carried = top;
    columns.push([top, lower[c] ?? ""]);
  }
  return columns;
}

/** A return's own table: what is done (a measure or task) and at least one report column. */
function isReportHeader(labelled: LabelledColumns): boolean {
  const found = Object.keys(labelled.roles) as FieldRole[];
  const what = labelled.roles.measure !== undefined || labelled.roles.task !== undefined;
  return what && found.some((role) => REPORT_COLUMNS.has(role));
}
