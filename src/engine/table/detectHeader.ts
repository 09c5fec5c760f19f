import type { SheetView } from "../grid/SheetView";
import type { FieldRole } from "./FieldRole";
import { MAX_LABEL_LENGTH } from "./headerVocabulary";
import { isColumnNumberRow } from "./isColumnNumberRow";
import { matchHeaderRole } from "./matchHeaderRole";
import type { ColumnRoles, HeaderBlock } from "./TableColumns";

const CORE_ROLES: ReadonlySet<FieldRole> = new Set([
  "measure",
  "task",
  "responsible",
  "deadline",
  "indicator",
]);

/** The header that starts at `rowIndex` (one or two rows, plus a column-number row), or null. */
export function detectHeader(view: SheetView, rowIndex: number): HeaderBlock | null {
  const filled = view.filledCount(rowIndex);
  if (filled < 3) return null;
  const upper = rowLabels(view, rowIndex);
  const single = assignRoles(upper.map((label) => [label]));
  if (!isHeader(single)) return null;
  // Most cells of a header name a column; a data row with a few keyword-laden short texts does not qualify.
  const labelled = upper.filter((label) => label !== "" && matchHeaderRole(label) !== null).length;
  if (labelled < filled * 0.6) return null;
  let lastRowIndex = rowIndex;
  let columns = upper.map((label) => [label]);
  if (isSecondHeaderRow(view, rowIndex, upper)) {
    lastRowIndex = rowIndex + 1;
    columns = joinRows(view, rowIndex, upper, rowLabels(view, rowIndex + 1));
  }
  const columnNumberRows: number[] = [];
  if (isColumnNumberRow(view, lastRowIndex + 1)) {
    lastRowIndex++;
    columnNumberRows.push(lastRowIndex);
  }
  const roles = assignRoles(columns);
  return {
    rowIndex,
    lastRowIndex,
    roles,
    labels: columns.map((parts) => parts.filter((part) => part !== "").join(" / ")),
    width: Math.max(columns.length, ...Object.values(roles).map((c) => c + 1)),
    columnNumberRows,
  };
}

function rowLabels(view: SheetView, rowIndex: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < view.width; c++) labels.push(view.text(rowIndex, c));
  while (labels.length > 0 && labels[labels.length - 1] === "") labels.pop();
  return labels;
}

/** Roles per column; a column's parts are tried from the most specific (lowest header row) up. */
function assignRoles(columns: string[][]): ColumnRoles {
  const roles: ColumnRoles = {};
  columns.forEach((parts, colIndex) => {
    const candidates = [...parts].reverse().concat(parts.length > 1 ? [parts.join(" ")] : []);
    for (const label of candidates) {
      const role = matchHeaderRole(label);
      if (role !== null) {
        if (roles[role] === undefined) roles[role] = colIndex;
        return;
      }
    }
  });
  return roles;
}

function isHeader(roles: ColumnRoles): boolean {
  const found = Object.keys(roles) as FieldRole[];
  const core = found.filter((role) => CORE_ROLES.has(role)).length;
  return found.length >= 3 && core >= 2 && (roles.measure !== undefined || roles.task !== undefined);
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
    if (matchHeaderRole(text) !== null) matched++;
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
