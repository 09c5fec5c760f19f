import { childElements, isSelfClosing, localName, tagEnd, type XmlElement } from "./xmlScan";

/** Splices `fragment` in as the last child of `parent` (expanding a self-closing parent). */
export function appendChild(xml: string, parent: XmlElement, fragment: string): string {
  const open = tagEnd(xml, parent.start);
  if (isSelfClosing(xml, open)) {
    return `${xml.slice(0, open - 2)}>${fragment}</${parent.name}>${xml.slice(open)}`;
  }
  const at = parent.end - parent.name.length - 3;
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/**
 * Where a new child named `name` goes among the children of `parent` so that the schema's sequence
 * `order` holds: before the first existing child that must come after it. `mc:AlternateContent` blocks
 * rank as the element they wrap.
 */
export function insertionPoint(
  xml: string,
  parent: XmlElement,
  name: string,
  order: readonly string[],
  children: readonly XmlElement[] = childElements(xml, parent),
): number {
  const rank = order.indexOf(name);
  for (const child of children) {
    const childRank = order.indexOf(rankedName(xml, child));
    if (childRank > rank) return child.start;
  }
  return parent.end - parent.name.length - 3;
}

function rankedName(xml: string, element: XmlElement): string {
  const name = localName(element.name);
  if (name !== "AlternateContent") return name;
  const inner = childElements(xml, element)[0];
  const wrapped = inner ? childElements(xml, inner)[0] : undefined;
  return wrapped ? localName(wrapped.name) : name;
}

/** Inserts `fragment` (an element named `name`) into `parent` at its schema position. */
export function insertChild(
  xml: string,
  parent: XmlElement,
  name: string,
  fragment: string,
  order: readonly string[],
): string {
  const open = tagEnd(xml, parent.start);
  if (isSelfClosing(xml, open)) return appendChild(xml, parent, fragment);
  const at = insertionPoint(xml, parent, name, order);
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** Child order of `<worksheet>` (CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** Child order of `<workbook>` (CT_Workbook). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** Child order of `<styleSheet>` (CT_Stylesheet). */
export const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
