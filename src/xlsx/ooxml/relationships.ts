import { xmlAttr, unescapeXml } from "./escapeXml";
import { NS, XML_DECLARATION } from "./namespaces";
import { readAttr } from "./attributes";
import { appendChild } from "./xmlEdit";
import { findStartTag, prefixOf, rootElement, tagEnd } from "./xmlScan";

export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
};

/** All relationships of a `.rels` part (attribute values unescaped). */
export function parseRelationships(xml: string): Relationship[] {
  const root = rootElement(xml);
  const qname = `${prefixOf(root.name)}Relationship`;
  const rels: Relationship[] = [];
  for (let at = findStartTag(xml, qname, root.start + 1); at !== -1;) {
    const end = tagEnd(xml, at);
    const tag = xml.slice(at, end);
    rels.push({
      id: unescapeXml(readAttr(tag, "Id") ?? ""),
      type: unescapeXml(readAttr(tag, "Type") ?? ""),
      target: unescapeXml(readAttr(tag, "Target") ?? ""),
      external: readAttr(tag, "TargetMode") === "External",
    });
    at = findStartTag(xml, qname, end);
  }
  return rels;
}

function relationshipXml(qname: string, rel: Omit<Relationship, "external">): string {
  return `<${qname} Id="${xmlAttr(rel.id)}" Type="${xmlAttr(rel.type)}" Target="${xmlAttr(rel.target)}"/>`;
}

/** A new `.rels` part. */
export function relationshipsXml(rels: readonly Omit<Relationship, "external">[]): string {
  const body = rels.map((rel) => relationshipXml("Relationship", rel)).join("");
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}">${body}</Relationships>`;
}

/** An Id not used in `taken`: `rId1`, `rId2`, … */
export function freeRelationshipId(taken: ReadonlySet<string>): string {
  for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** Adds one relationship to an existing (or missing) `.rels` part; returns the new part text and the Id. */
export function addRelationship(
  xml: string | null,
  type: string,
  target: string,
): { xml: string; id: string } {
  if (xml === null) return { xml: relationshipsXml([{ id: "rId1", type, target }]), id: "rId1" };
  const id = freeRelationshipId(new Set(parseRelationships(xml).map((rel) => rel.id)));
  const root = rootElement(xml);
  const element = relationshipXml(`${prefixOf(root.name)}Relationship`, { id, type, target });
  return { xml: appendChild(xml, root, element), id };
}
