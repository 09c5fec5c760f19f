import { textElement, xstringAttr } from "../ooxml/escapeXml";
import { definedNameXml, FILTER_DATABASE } from "../ooxml/definedNameXml";
import { CONTENT_TYPE, REL_TYPE } from "../ooxml/namespaces";
import { printNamesXml } from "../ooxml/printNames";
import { freePartName, relativeTarget } from "../ooxml/partPaths";
import { ensureRelPrefix } from "../ooxml/relPrefix";
import { addRelationship } from "../ooxml/relationships";
import { uniqueSheetName } from "../ooxml/sheetNames";
import type { StyleBook } from "../ooxml/StyleBook";
import { worksheetXml } from "../ooxml/worksheetXml";
import { appendChild, insertChild, WORKBOOK_ORDER } from "../ooxml/xmlEdit";
import { childElements, localName, prefixOf, rootElement } from "../ooxml/xmlScan";
import { ensureOverride } from "../ooxml/contentTypes";
import { InvalidAnnotationError, type IssuesSheet } from "../WorkbookAnnotations";
import { WorkbookReadError } from "../WorkbookReadError";
import { checkPosition, findSheet } from "./collectMarks";
import { fitSheetText } from "../write/fitSheetText";
import { issuesSheetSpec } from "./issuesSheetSpec";
import type { OoxmlPackage } from "./OoxmlPackage";
import type { WorkbookParts } from "./workbookParts";

/** Checks links and values of the issues sheet before anything is changed. */
export function checkIssuesSheet(issues: IssuesSheet, parts: WorkbookParts): void {
  issues.rows.forEach((row, i) => {
    const what = `issues sheet row ${i + 1}`;
    for (const value of row.cells) {
      if (typeof value === "number" && !Number.isFinite(value))
        throw new InvalidAnnotationError(`${what} holds ${value}`);
    }
    if (!row.link) return;
    findSheet(parts.sheets, row.link.sheet, `${what} link`);
    checkPosition(row.link.rowIndex, row.link.colIndex, `${what} link`);
    const columns = Math.max(issues.columns.length, row.cells.length);
    if (!Number.isInteger(row.link.column) || row.link.column < 0 || row.link.column >= columns) {
      throw new InvalidAnnotationError(
        `${what} link is in column ${row.link.column}, outside the sheet's ${columns} columns`,
      );
    }
  });
}

/** Appends the issues sheet as the last worksheet (new part, workbook entry, relationship, content type). */
export function appendIssuesSheet(
  pkg: OoxmlPackage,
  parts: WorkbookParts,
  issues: IssuesSheet,
  styles: StyleBook,
  cutMarker?: (removed: number) => string,
): string {
  const name = uniqueSheetName(
    issues.name,
    parts.sheets.map((s) => s.name),
  );
  const path = freePartName(pkg.isTaken, "xl/worksheets/sheet", ".xml");
  const spec = fitSheetText(
    issuesSheetSpec(issues, name, (wanted) => findSheet(parts.sheets, wanted, "link").name),
    cutMarker,
  );
  const inline = (text: string): { type: "inlineStr"; inner: string } => ({
    type: "inlineStr",
    inner: `<is>${textElement(text)}</is>`,
  });
  const rendered = worksheetXml(spec, {
    styles,
    strings: inline,
    selected: false,
    legacyDrawingId: null,
    tableIds: [],
  });
  pkg.setText(path, rendered.xml);
  const rel = addRelationship(
    pkg.text(parts.workbookRelsPath),
    REL_TYPE.worksheet,
    relativeTarget(parts.workbookPath, path),
  );
  pkg.setText(parts.workbookRelsPath, rel.xml);
  pkg.setText(
    "[Content_Types].xml",
    ensureOverride(pkg.requireText("[Content_Types].xml"), path, CONTENT_TYPE.worksheet),
  );

  const bound = ensureRelPrefix(
    pkg.requireText(parts.workbookPath),
    rootElement(pkg.requireText(parts.workbookPath)),
  );
  let xml = bound.xml;
  const p = prefixOf(rootElement(xml).name);
  const sheetId = Math.max(0, ...parts.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  const entry = `<${p}sheet name="${xstringAttr(name)}" sheetId="${sheetId}" ${bound.prefix}:id="${rel.id}"/>`;
  const sheets = childElements(xml, rootElement(xml)).find((el) => localName(el.name) === "sheets");
  if (!sheets)
    throw new WorkbookReadError("corrupt", "The workbook is damaged: workbook.xml has no sheet list.");
  xml = appendChild(xml, sheets, entry);
  const filter = spec.autoFilter
    ? definedNameXml(p, FILTER_DATABASE, name, spec.autoFilter, {
        localSheetId: parts.sheets.length,
        hidden: true,
      })
    : "";
  // the issues sheet prints with its header on every page, like every sheet PlanCheck writes
  const added = filter + printNamesXml(p, spec, parts.sheets.length);
  if (added !== "") {
    const root = rootElement(xml);
    const names = childElements(xml, root).find((el) => localName(el.name) === "definedNames");
    xml = names
      ? appendChild(xml, names, added)
      : insertChild(
          xml,
          root,
          "definedNames",
          `<${p}definedNames>${added}</${p}definedNames>`,
          WORKBOOK_ORDER,
        );
  }
  pkg.setText(parts.workbookPath, xml);
  return name;
}
