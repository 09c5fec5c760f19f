import { appendIssuesSheet, checkIssuesSheet } from "./annotate/appendIssuesSheet";
import { collectMarks } from "./annotate/collectMarks";
import { markSheet } from "./annotate/markSheet";
import { OoxmlPackage } from "./annotate/OoxmlPackage";
import { workbookParts, type WorkbookParts } from "./annotate/workbookParts";
import { ensureOverride } from "./ooxml/contentTypes";
import { CONTENT_TYPE, REL_TYPE } from "./ooxml/namespaces";
import { addRelationship } from "./ooxml/relationships";
import { StyleBook } from "./ooxml/StyleBook";
import { usedVmlBlocks } from "./ooxml/vmlDrawing";
import { XmlScanError } from "./ooxml/xmlScan";
import type { WorkbookAnnotations } from "./WorkbookAnnotations";
import { WorkbookReadError } from "./WorkbookReadError";

export type { IssuesSheet, IssuesSheetRow, WorkbookAnnotations } from "./WorkbookAnnotations";
export { InvalidAnnotationError } from "./WorkbookAnnotations";

/**
 * Returns an annotated copy of an .xlsx workbook: marked cells filled by severity (keeping the rest of
 * their style) with a note — the engine's marks (engine/marks: one mark a cell, merged ranges at their
 * top-left cell), and optionally an issues sheet at the end. The OOXML package is patched, not
 * rebuilt: parts we do not need to touch (charts, images, pivots, formulas, defined names, custom parts)
 * keep their exact content. The input bytes are never modified.
 *
 * Throws `InvalidAnnotationError` for marks or links that do not fit the workbook (checked before any
 * change) and `WorkbookReadError` when the input is not an .xlsx package we can patch.
 */
export function annotateWorkbook(original: Uint8Array, annotations: WorkbookAnnotations): Uint8Array {
  const pkg = OoxmlPackage.open(original);
  try {
    const parts = workbookParts(pkg);
    const marksBySheet = collectMarks(annotations, parts.sheets);
    if (annotations.issuesSheet) checkIssuesSheet(annotations.issuesSheet, parts);
    const stylesXml = parts.stylesPath === null ? null : pkg.text(parts.stylesPath);
    const styles = stylesXml === null ? StyleBook.fresh() : StyleBook.parse(stylesXml);
    const vml = pkg.names().filter((name) => /\.vml$/i.test(name));
    const vmlBlocks = usedVmlBlocks(vml.map((name) => pkg.text(name) ?? ""));
    for (const [sheet, marks] of marksBySheet)
      markSheet(pkg, sheet, marks, styles, annotations.author, vmlBlocks);
    if (annotations.issuesSheet) appendIssuesSheet(pkg, parts, annotations.issuesSheet, styles);
    if (styles.changed) saveStyles(pkg, parts, styles);
    return pkg.toZip();
  } catch (error) {
    if (error instanceof XmlScanError) {
      throw new WorkbookReadError("corrupt", `The workbook is damaged (malformed XML: ${error.message}).`);
    }
    throw error;
  }
}

function saveStyles(pkg: OoxmlPackage, parts: WorkbookParts, styles: StyleBook): void {
  const path = parts.stylesPath ?? "xl/styles.xml";
  const existed = pkg.has(path);
  pkg.setText(path, styles.toXml());
  if (existed) return;
  if (parts.stylesPath === null) {
    pkg.setText(
      parts.workbookRelsPath,
      addRelationship(pkg.text(parts.workbookRelsPath), REL_TYPE.styles, "styles.xml").xml,
    );
  }
  pkg.setText(
    "[Content_Types].xml",
    ensureOverride(pkg.requireText("[Content_Types].xml"), path, CONTENT_TYPE.styles),
  );
}
