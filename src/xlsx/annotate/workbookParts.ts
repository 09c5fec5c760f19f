import { readAttr } from "../ooxml/attributes";
import { unescapeXml } from "../ooxml/escapeXml";
import { REL_TYPE } from "../ooxml/namespaces";
import { parseRelationships, type Relationship } from "../ooxml/relationships";
import { relsPathOf, resolveTarget } from "../ooxml/partPaths";
import { childElements, localName, rootElement, tagEnd } from "../ooxml/xmlScan";
import { unescapeXmlText } from "../read/fast/unescapeXmlText";
import { WorkbookReadError } from "../WorkbookReadError";
import type { OoxmlPackage } from "./OoxmlPackage";

/** One `<sheet>` of workbook.xml with the part it points to. */
export type SheetEntry = {
  readonly name: string;
  readonly sheetId: number;
  readonly path: string;
  /** Worksheets can be annotated; chart sheets and dialog sheets cannot. */
  readonly isWorksheet: boolean;
};

export type WorkbookParts = {
  readonly workbookPath: string;
  readonly workbookRelsPath: string;
  readonly sheets: readonly SheetEntry[];
  readonly stylesPath: string | null;
};

/** Finds the workbook part (through the package relationships) and its sheets. */
export function workbookParts(pkg: OoxmlPackage): WorkbookParts {
  const rootRels = parseRelationships(pkg.requireText("_rels/.rels"));
  const main = rootRels.find(
    (rel) => rel.type === REL_TYPE.officeDocument || rel.type.endsWith("/officeDocument"),
  );
  if (!main)
    throw new WorkbookReadError(
      "not-a-workbook",
      "Not an Excel workbook (.xlsx): the package has no main part.",
    );
  const workbookPath = resolveTarget("", main.target);
  const workbookRelsPath = relsPathOf(workbookPath);
  const xml = pkg.requireText(workbookPath);
  if (!/\.xml$/i.test(workbookPath) || localName(rootElement(xml).name) !== "workbook") {
    throw new WorkbookReadError(
      "unsupported",
      "Only .xlsx workbooks can be annotated (this is not SpreadsheetML).",
    );
  }
  if (xml.slice(0, tagEnd(xml, rootElement(xml).start)).includes("purl.oclc.org/ooxml")) {
    throw new WorkbookReadError(
      "unsupported",
      "Strict Open XML workbooks cannot be annotated; save the file in Excel as a regular .xlsx workbook.",
    );
  }
  const rels = new Map<string, Relationship>(
    parseRelationships(pkg.text(workbookRelsPath) ?? "<r/>").map((r) => [r.id, r]),
  );
  const root = rootElement(xml);
  const sheetsElement = childElements(xml, root).find((el) => localName(el.name) === "sheets");
  const sheets = (sheetsElement ? childElements(xml, sheetsElement) : []).map((el): SheetEntry => {
    const tag = xml.slice(el.start, tagEnd(xml, el.start));
    const relId = unescapeXml(readRelId(tag) ?? "");
    const rel = rels.get(relId);
    return {
      // decoded as the readers decode it (entities and Excel's _xHHHH_), so marks find their sheet
      name: unescapeXmlText(readAttr(tag, "name") ?? ""),
      sheetId: Number(readAttr(tag, "sheetId") ?? 0),
      path: rel ? resolveTarget(workbookPath, rel.target) : "",
      isWorksheet: rel !== undefined && rel.type.endsWith("/worksheet"),
    };
  });
  const styles = [...rels.values()].find((rel) => rel.type.endsWith("/styles"));
  return {
    workbookPath,
    workbookRelsPath,
    sheets,
    stylesPath: styles ? resolveTarget(workbookPath, styles.target) : null,
  };
}

/** The `r:id` attribute, whatever prefix the relationships namespace has. */
function readRelId(tag: string): string | null {
  const match = /\s([\w.-]+):id\s*=\s*["']([^"']*)["']/.exec(tag);
  return match ? (match[2] ?? null) : null;
}
