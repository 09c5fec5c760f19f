import type { SheetView } from "../grid/SheetView";
import { isPlaceholder } from "../text/isPlaceholder";
import { labelWords } from "../table/labelWords";
import { isColumnNumberRow } from "../table/isColumnNumberRow";
import type { TableLayout } from "../table/TableColumns";
import { isFooterText } from "./isFooterText";

/** A table row that is not a measure: a total, a note, a page number or a repeated "1 2 3 4" row. */
export type OtherRowKind = "total" | "note" | "page" | "columnNumbers";

/**
 * First words of a total or subtotal row in uk, bg, en, ru ("Усього за розділом 1", "Разом по Програмі",
 * "Общо за приоритет 2", "Sub-total Objective 1", "Итого"), and of its breakdown ("у тому числі", "в т.ч.",
 * "of which"). Compared with folded words (see labelWords), so case and look-alike letters do not matter.
 */
const TOTAL_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...["усього", "всього", "разом", "загалом", "сума", "підсумок", "всего", "итого", "итог"],
  ...["общо", "всичко", "обща", "сумарно", "total", "totals", "subtotal", "sub", "grand", "sum", "overall"],
]);
const BREAKDOWN = /^(у|в)\s*(т\.?\s*ч\.?|тому числі|том числе)|^(of which|including|з них|от тях|из них)\b/iu;
/** Notes and footnotes: "Примітка:", "* за згодою", "¹ …", "Note:", "Забележка". */
const NOTE = /^(\*|¹|²|³|†|примітк|примечан|забележк|бележк|пояснення|notes?\b|nb\b|n\.b\.)/iu;
/** "5", "- 5 -", "Стор. 5", "Страница 5 от 12", "Page 5 of 12", "с. 5". */
const PAGE =
  /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стор(?:інка)?|стр(?:аница)?|сторінка|с|page|p|pg)\.?\s*\d{1,4}(?:\s*(?:з|із|из|от|of|\/)\s*\d{1,4})?$/iu;

/**
 * What a row is when it is not a measure, or null for a row that may be one. Checked before a row is read as
 * a heading or a measure, so a total merged across the table is not taken for a goal, and its sums are not
 * taken for a sub-row of the last measure.
 */
export function otherRowKind(
  view: SheetView,
  rowIndex: number,
  filled: readonly number[],
  layout: TableLayout,
): OtherRowKind | null {
  const first = filled[0];
  if (first === undefined) return null;
  const firstText = view.text(rowIndex, first);
  if (isColumnNumberRow(view, rowIndex)) return "columnNumbers";
  if (isTotal(view, rowIndex, filled, layout)) return "total";
  if (NOTE.test(firstText) && !hasFields(view, rowIndex, layout, first)) return "note";
  if (filled.length <= 2 && filled.every((c) => PAGE.test(view.text(rowIndex, c)))) {
    const measureCol = layout.roles.measure ?? 0;
    if (!filled.includes(measureCol) && !view.merges.isFollower(rowIndex, measureCol)) return "page";
  }
  return null;
}

/**
 * A total: one of the row's first cells (up to the measure column) starts with a total word, and the row names
 * no responsible body and no indicator — which a measure that starts with "Разом з …" ("together with") does.
 */
function isTotal(view: SheetView, rowIndex: number, filled: readonly number[], layout: TableLayout): boolean {
  const measureCol = layout.roles.measure ?? 0;
  const labelCell = filled.find((c) => c <= measureCol + 1 && isTotalLabel(view.text(rowIndex, c)));
  if (labelCell === undefined) return false;
  for (const role of ["responsible", "indicator"] as const) {
    const c = layout.roles[role];
    if (c === undefined || c === labelCell || view.merges.isFollower(rowIndex, c)) continue;
    const text = view.text(rowIndex, c);
    if (text !== "" && !isPlaceholder(text)) return false;
  }
  return true;
}

function isTotalLabel(text: string): boolean {
  if (text === "" || text.length > 200) return false;
  if (BREAKDOWN.test(text)) return true;
  const words = labelWords(text);
  const first = words[0]?.text ?? "";
  if (!TOTAL_FIRST_WORDS.has(first)) return false;
  // "Разом з громадськими організаціями провести…": a long text with a verb is a measure, not a total.
  return text.length <= 120 || words.length <= 12;
}

/** True when the row fills a field column other than the note's own cell (a measure starting with "*"). */
function hasFields(view: SheetView, rowIndex: number, layout: TableLayout, noteCol: number): boolean {
  for (const role of ["responsible", "deadline", "indicator"] as const) {
    const c = layout.roles[role];
    if (c !== undefined && c !== noteCol && view.text(rowIndex, c) !== "") return true;
  }
  return false;
}

/** A signature, approval or "prepared by" line that ends the table even when it sits in the measure column. */
export function isSignatureRow(view: SheetView, rowIndex: number, filled: readonly number[]): boolean {
  if (filled.length > 3) return false;
  return filled.some((c) => isFooterText(view.text(rowIndex, c)));
}
