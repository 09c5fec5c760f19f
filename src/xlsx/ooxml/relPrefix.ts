import { NS } from "./namespaces";
import { tagEnd, type XmlElement } from "./xmlScan";

/**
 * The prefix bound to the relationships namespace on the root element (usually `r`). When the root does
 * not declare it, the declaration is added; returns the (possibly changed) part and the prefix.
 */
export function ensureRelPrefix(xml: string, root: XmlElement): { xml: string; prefix: string } {
  const end = tagEnd(xml, root.start);
  const tag = xml.slice(root.start, end);
  const found = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${NS.rel.replace(/[./]/g, "\\$&")}["']`).exec(
    tag,
  );
  if (found?.[1]) return { xml, prefix: found[1] };
  let prefix = "r";
  for (let n = 1; new RegExp(`\\sxmlns:${prefix}\\s*=`).test(tag); n++) prefix = `r${n}`;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const patched = `${tag.slice(0, close)} xmlns:${prefix}="${NS.rel}"${tag.slice(close)}`;
  return { xml: xml.slice(0, root.start) + patched + xml.slice(end), prefix };
}
