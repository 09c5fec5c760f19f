import { readAttr, setAttr } from "../ooxml/attributes";
import { appendComments, commentsXml, type NoteSpec } from "../ooxml/commentsXml";
import { ensureDefault, ensureOverride } from "../ooxml/contentTypes";
import { CONTENT_TYPE, REL_TYPE } from "../ooxml/namespaces";
import { freePartName, relativeTarget, relsPathOf, resolveTarget } from "../ooxml/partPaths";
import { ensureRelPrefix } from "../ooxml/relPrefix";
import { addRelationship, parseRelationships } from "../ooxml/relationships";
import { allocateBlocks, appendVmlShapes, vmlDrawingXml } from "../ooxml/vmlDrawing";
import { insertChild, WORKSHEET_ORDER } from "../ooxml/xmlEdit";
import { childElements, localName, rootElement, tagEnd } from "../ooxml/xmlScan";
import type { OoxmlPackage } from "./OoxmlPackage";

const CONTENT_TYPES = "[Content_Types].xml";

/**
 * Puts notes on cells of one worksheet: into its existing comments part (keeping every comment there)
 * or a new one, with note boxes in its existing VML drawing or a new one, plus the relationships,
 * the `<legacyDrawing>` element and content types. Returns the worksheet XML (the other parts are set
 * on the package).
 */
export function attachNotes(
  pkg: OoxmlPackage,
  sheetPath: string,
  sheetXml: string,
  notes: readonly NoteSpec[],
  author: string,
  vmlBlocks: Set<number>,
): string {
  const relsPath = relsPathOf(sheetPath);
  let rels = pkg.text(relsPath);
  const relList = rels === null ? [] : parseRelationships(rels);
  let xml = sheetXml;
  const legacy = childElements(xml, rootElement(xml)).find((el) => localName(el.name) === "legacyDrawing");
  const legacyTag = legacy ? xml.slice(legacy.start, tagEnd(xml, legacy.start)) : null;
  const legacyId =
    legacyTag === null ? null : (/\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(legacyTag)?.[1] ?? null);
  const vmlRel = relList.find((rel) => rel.id === legacyId && !rel.external);
  const vmlPath = vmlRel ? resolveTarget(sheetPath, vmlRel.target) : null;
  const commentsRel = relList.find((rel) => rel.type.endsWith("/comments") && !rel.external);
  const commentsPath = commentsRel ? resolveTarget(sheetPath, commentsRel.target) : null;
  let types = pkg.requireText(CONTENT_TYPES);

  let created: readonly NoteSpec[] = notes;
  const existingComments = commentsPath === null ? null : pkg.text(commentsPath);
  if (commentsPath !== null && existingComments !== null) {
    const appended = appendComments(existingComments, author, notes);
    pkg.setText(commentsPath, appended.xml);
    created = appended.created;
  } else {
    // A relationship whose part is missing is reused rather than doubled.
    const path = commentsPath ?? freePartName(pkg.isTaken, "xl/comments", ".xml");
    pkg.setText(path, commentsXml(author, notes));
    if (commentsPath === null)
      rels = addRelationship(rels, REL_TYPE.comments, relativeTarget(sheetPath, path)).xml;
    types = ensureOverride(types, path, CONTENT_TYPE.comments);
  }

  if (created.length > 0) {
    const blocks = allocateBlocks(vmlBlocks, created.length);
    const existingVml = vmlPath === null ? null : pkg.text(vmlPath);
    if (vmlPath !== null && existingVml !== null) {
      pkg.setText(vmlPath, appendVmlShapes(existingVml, created, blocks));
    } else {
      const path = freePartName(pkg.isTaken, "xl/drawings/vmlDrawing", ".vml");
      pkg.setText(path, vmlDrawingXml(created, blocks));
      const added = addRelationship(rels, REL_TYPE.vmlDrawing, relativeTarget(sheetPath, path));
      rels = added.xml;
      xml =
        legacy && legacyTag !== null
          ? retarget(xml, legacy.start, legacyTag, added.id)
          : addLegacyDrawing(xml, added.id);
      types = ensureDefault(types, "vml", CONTENT_TYPE.vml);
    }
  }
  if (rels !== null) pkg.setText(relsPath, rels);
  pkg.setText(CONTENT_TYPES, types);
  return xml;
}

/** Inserts `<legacyDrawing r:id>` where CT_Worksheet wants it (before legacyDrawingHF, tableParts, extLst …). */
function addLegacyDrawing(xml: string, relId: string): string {
  const root = rootElement(xml);
  const bound = ensureRelPrefix(xml, root);
  const patchedRoot = rootElement(bound.xml);
  const p = patchedRoot.name.includes(":")
    ? patchedRoot.name.slice(0, patchedRoot.name.indexOf(":") + 1)
    : "";
  const element = `<${p}legacyDrawing ${bound.prefix}:id="${relId}"/>`;
  return insertChild(bound.xml, patchedRoot, "legacyDrawing", element, WORKSHEET_ORDER);
}

/** Points an existing `<legacyDrawing>` whose drawing part is missing at the new drawing. */
function retarget(xml: string, start: number, tag: string, relId: string): string {
  const attr = /\s([\w.-]+:id)\s*=/.exec(tag)?.[1] ?? "r:id";
  const patched = readAttr(tag, attr) === null ? tag : setAttr(tag, attr, relId);
  return xml.slice(0, start) + patched + xml.slice(start + tag.length);
}
