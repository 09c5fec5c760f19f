import { cellAddress } from "../../engine/grid/address";
import type { CellRange } from "../../engine/grid/SheetGrid";
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

export function colsXml(widths: readonly (number | null)[] | undefined): string {
  const cols = (widths ?? [])
    .map((width, i) =>
      width === null ? "" : `<col min="${i + 1}" max="${i + 1}" width="${round(width)}" customWidth="1"/>`,
    )
    .join("");
  return cols === "" ? "" : `<cols>${cols}</cols>`;
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
export function printXml(print: PrintSpec | undefined): { sheetPr: string; pageSetup: string } {
  if (!print || (!print.landscape && !print.fitToWidth)) return { sheetPr: "", pageSetup: "" };
  const orientation = print.landscape ? ' orientation="landscape"' : "";
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  return {
    sheetPr: print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    pageSetup: `<pageSetup${orientation}${fit}/>`,
  };
}
