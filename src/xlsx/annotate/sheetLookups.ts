import { readAttr } from "../ooxml/attributes";
import { parseRange } from "../ooxml/cellRefs";
import type { CellRange } from "../../engine";
import { childElements, findStartTag, tagEnd, type XmlElement } from "../ooxml/xmlScan";

/** The merged ranges listed in `<mergeCells>`. */
export function parseMerges(xml: string, mergeCells: XmlElement | undefined): CellRange[] {
  if (!mergeCells) return [];
  const qname = `${mergeCells.name.slice(0, -1)}`;
  const merges: CellRange[] = [];
  for (let at = findStartTag(xml, qname, mergeCells.start + 1, mergeCells.end); at !== -1;) {
    const end = tagEnd(xml, at);
    const range = parseRange(readAttr(xml.slice(at, end), "ref") ?? "");
    if (range) merges.push(range);
    at = findStartTag(xml, qname, end, mergeCells.end);
  }
  return merges;
}

/** The style of absent cells per column, from `<cols><col min max style>`; 0 where no column style is set. */
export function columnStyles(xml: string, cols: XmlElement | undefined): (colIndex: number) => number {
  const spans = (cols ? childElements(xml, cols) : [])
    .map((col) => xml.slice(col.start, tagEnd(xml, col.start)))
    .map((tag) => ({
      min: Number(readAttr(tag, "min")) - 1,
      max: Number(readAttr(tag, "max")) - 1,
      style: Number(readAttr(tag, "style") ?? 0),
    }))
    .filter(
      (span) =>
        Number.isFinite(span.min) &&
        Number.isFinite(span.max) &&
        Number.isFinite(span.style) &&
        span.style > 0,
    )
    .sort((a, b) => a.min - b.min);
  return (colIndex) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = spans[mid];
      if (!span) break;
      if (colIndex < span.min) hi = mid - 1;
      else if (colIndex > span.max) lo = mid + 1;
      else return span.style;
    }
    return 0;
  };
}
