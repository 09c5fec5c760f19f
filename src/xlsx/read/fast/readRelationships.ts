import { resolvePath } from "./looseRefs";
import { unsupported } from "./OoxmlUnsupported";
import { unescapeXmlText } from "./unescapeXmlText";
import { xmlTags } from "./xmlTags";

export type PartRelationship = { readonly type: string | undefined; readonly target: string };

/** By `Id`, and by resolved target (one entry per target, the last one declared, at the first one's place). */
export type PartRelationships = {
  readonly byId: ReadonlyMap<string, PartRelationship>;
  readonly byTarget: ReadonlyMap<string, PartRelationship>;
};

/** A `.rels` part as SheetJS's `parse_rels` reads it: unprefixed `<Relationship>` tags only. */
export function readRelationships(xml: string | undefined, partPath: string): PartRelationships {
  const byId = new Map<string, PartRelationship>();
  const byTarget = new Map<string, PartRelationship>();
  const base = partPath.charAt(0) === "/" ? partPath : `/${partPath}`;
  for (const tag of xml ? xmlTags(xml) : []) {
    if (tag.head !== "<Relationship") continue;
    const target = tag.attrs.get("Target");
    const external = tag.attrs.get("TargetMode") === "External";
    if (target === undefined && !external) unsupported("a relationship without a target");
    const relationship = { type: tag.attrs.get("Type"), target: unescapeXmlText(String(target)) };
    byTarget.set(external ? String(target) : resolvePath(target ?? "", base), relationship);
    byId.set(String(tag.attrs.get("Id")), relationship);
  }
  return { byId, byTarget };
}
