import { cellAddress, type CellRange } from "../../engine";
import type { FrozenPane, ListValidationSpec, PrintSpec, SheetProtectionSpec } from "../WorkbookSpec";
import { rangeRef } from "./cellRefs";
import { xmlAttr, xmlText } from "./escapeXml";

/** Fragments of a new worksheet part, in the order CT_Worksheet wants them. */

export function sheetViewsXml(freeze: FrozenPane | undefined, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) {
    return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  }
  const rows = Math.max(0, freeze.rows);
  const cols = Math.max(0, freeze.columns);
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = cellAddress(rows, cols);
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

export function colsXml(
  widths: readonly (number | null)[] | undefined,
  hidden: readonly number[] | undefined = [],
): string {
  const hide = new Set(hidden);
  const count = Math.max(widths?.length ?? 0, ...[...hide].map((c) => c + 1));
  const cols: string[] = [];
  for (let i = 0; i < count; i++) {
    const width = widths?.[i] ?? null;
    const hiddenAttr = hide.has(i) ? ' hidden="1"' : "";
    if (width === null && hiddenAttr === "") continue;
    const size = width === null ? "" : ` width="${round(width)}" customWidth="1"`;
    cols.push(`<col min="${i + 1}" max="${i + 1}"${size}${hiddenAttr}/>`);
  }
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

export function mergeCellsXml(merges: readonly CellRange[] | undefined): string {
  if (!merges || merges.length === 0) return "";
  const items = merges.map((range) => `<mergeCell ref="${rangeRef(range)}"/>`).join("");
  return `<mergeCells count="${merges.length}">${items}</mergeCells>`;
}

export function autoFilterXml(range: CellRange | undefined): string {
  return range ? `<autoFilter ref="${rangeRef(range)}"/>` : "";
}

/** `<sheetProtection>`: attributes set to "0" are the actions still allowed on the protected sheet. */
export function sheetProtectionXml(protection: SheetProtectionSpec | undefined): string {
  if (!protection) return "";
  const allowed = [
    protection.allowFormatColumns ? ' formatColumns="0"' : "",
    protection.allowFormatRows ? ' formatRows="0"' : "",
    protection.allowInsertRows ? ' insertRows="0"' : "",
    protection.allowSort ? ' sort="0"' : "",
    protection.allowFilter ? ' autoFilter="0"' : "",
  ].join("");
  return `<sheetProtection sheet="1" objects="1" scenarios="1"${allowed}/>`;
}

/** A literal list as a validation formula: `"виконано,виконується"`. */
export function listFormula(values: readonly string[]): string {
  return `"${values.join(",")}"`;
}

export function dataValidationsXml(validations: readonly ListValidationSpec[] | undefined): string {
  if (!validations || validations.length === 0) return "";
  const items = validations.map((v) => {
    const attrs = [
      ` type="list" allowBlank="${v.allowBlank === false ? 0 : 1}" showInputMessage="1" showErrorMessage="1"`,
      v.errorTitle !== undefined ? ` errorTitle="${xmlAttr(v.errorTitle)}"` : "",
      v.error !== undefined ? ` error="${xmlAttr(v.error)}"` : "",
      v.promptTitle !== undefined ? ` promptTitle="${xmlAttr(v.promptTitle)}"` : "",
      v.prompt !== undefined ? ` prompt="${xmlAttr(v.prompt)}"` : "",
      ` sqref="${v.ranges.map(rangeRef).join(" ")}"`,
    ].join("");
    return `<dataValidation${attrs}><formula1>${xmlText(listFormula(v.values))}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** An internal link: `location` is a sheet-qualified address; no relationship is needed. */
export type HyperlinkSpec = { readonly ref: string; readonly location: string; readonly display: string };

export function hyperlinksXml(links: readonly HyperlinkSpec[]): string {
  if (links.length === 0) return "";
  const items = links
    .map(
      (l) => `<hyperlink ref="${l.ref}" location="${xmlAttr(l.location)}" display="${xmlAttr(l.display)}"/>`,
    )
    .join("");
  return `<hyperlinks>${items}</hyperlinks>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `<sheetPr>` (fit-to-page flag) and `<pageSetup>` for the print settings; empty strings when none. */
/** A4, portrait unless said otherwise. */
const A4 = 9;

/**
 * `<sheetPr>` (fit to page) and `<pageSetup>` of a sheet: always A4; landscape, fit to one page width or a
 * fixed scale as the spec says.
 */
export function printXml(print: PrintSpec | undefined): { sheetPr: string; pageSetup: string } {
  const orientation = print?.landscape ? "landscape" : "portrait";
  const fit = print?.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const scale =
    !print?.fitToWidth && print?.scale !== undefined
      ? ` scale="${Math.round(Math.min(400, Math.max(10, print.scale)))}"`
      : "";
  return {
    sheetPr: print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    pageSetup: `<pageSetup paperSize="${A4}"${scale}${fit} orientation="${orientation}"/>`,
  };
}

/** Page margins in inches (narrow: the tables are wide); printLayout computes with the same ones. */
export const PAGE_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

/**
 * `<headerFooter>` with a centred footer: the text's `&` doubled (a literal ampersand), `{page}` and `{pages}`
 * as the page number and count codes; empty when there is none.
 */
export function headerFooterXml(footer: string | undefined): string {
  if (footer === undefined || footer === "") return "";
  const code = footer
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");
  return `<headerFooter><oddFooter>${xmlText(`&C${code}`)}</oddFooter></headerFooter>`;
}

/** `<rowBreaks>`: a manual page break above each given row (0-based). */
export function rowBreaksXml(rows: readonly number[] | undefined): string {
  const breaks = [...new Set(rows ?? [])].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length === 0) return "";
  const items = breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${items}</rowBreaks>`;
}

export function pageMarginsXml(): string {
  const m = PAGE_MARGINS;
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
}
