import { readAttr } from "./attributes";
import { unescapeXml, xmlAttr } from "./escapeXml";
import { CONTENT_TYPE, NS, XML_DECLARATION } from "./namespaces";
import { appendChild } from "./xmlEdit";
import { findStartTag, prefixOf, rootElement, tagEnd } from "./xmlScan";

/** `[Content_Types].xml`: which content type each part has. */

export type ContentTypeEntries = {
  readonly defaults: ReadonlyArray<readonly [extension: string, type: string]>;
  readonly overrides: ReadonlyArray<readonly [partName: string, type: string]>;
};

/** A new `[Content_Types].xml`; part names are package paths without the leading slash. */
export function contentTypesXml(entries: ContentTypeEntries): string {
  const defaults = [["rels", CONTENT_TYPE.rels], ["xml", CONTENT_TYPE.xml], ...entries.defaults]
    .map(([ext, type]) => `<Default Extension="${xmlAttr(ext)}" ContentType="${xmlAttr(type)}"/>`)
    .join("");
  const overrides = entries.overrides
    .map(([part, type]) => `<Override PartName="/${xmlAttr(part)}" ContentType="${xmlAttr(type)}"/>`)
    .join("");
  return `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">${defaults}${overrides}</Types>`;
}

function hasEntry(xml: string, qname: string, attr: string, value: string): boolean {
  const wanted = value.toLowerCase();
  for (let at = findStartTag(xml, qname, 0); at !== -1;) {
    const end = tagEnd(xml, at);
    const found = readAttr(xml.slice(at, end), attr);
    if (found !== null && unescapeXml(found).toLowerCase() === wanted) return true;
    at = findStartTag(xml, qname, end);
  }
  return false;
}

function append(xml: string, element: string): string {
  return appendChild(xml, rootElement(xml), element);
}

/** Adds an `<Override>` for `partName` unless one exists. */
export function ensureOverride(xml: string, partName: string, type: string): string {
  const prefix = prefixOf(rootElement(xml).name);
  if (hasEntry(xml, `${prefix}Override`, "PartName", `/${partName}`)) return xml;
  return append(xml, `<${prefix}Override PartName="/${xmlAttr(partName)}" ContentType="${xmlAttr(type)}"/>`);
}

/** Adds a `<Default>` for the extension unless one exists. */
export function ensureDefault(xml: string, extension: string, type: string): string {
  const prefix = prefixOf(rootElement(xml).name);
  if (hasEntry(xml, `${prefix}Default`, "Extension", extension)) return xml;
  return append(xml, `<${prefix}Default Extension="${xmlAttr(extension)}" ContentType="${xmlAttr(type)}"/>`);
}
