import { encodeCell } from "./looseRefs";
import { unsupported } from "./OoxmlUnsupported";
import { stringItemText } from "./stringItemText";
import { matchElement, stripPrefix, tagAttributes, xmlTags } from "./xmlTags";

/**
 * Where SheetJS puts stub cells for notes: the refs of a legacy comments part (`parse_comments_xml`), of a
 * threaded comments part (`parse_tcmnt_xml`) and of the note shapes of a VML drawing (`parse_vml`).
 * Whatever would make SheetJS throw half-way (and keep only some stubs) is refused.
 */
export function commentRefs(xml: string): string[] {
  if (/<(?:\w+:)?comments *\/>/.test(xml)) return [];
  const list = matchElement(xml, "commentList");
  const refs: string[] = [];
  for (const piece of list?.inner ? list.inner.split(/<\/\w*:?comment>/) : []) {
    if (piece === "" || piece.trim() === "") continue;
    const start = /<(?:\w+:)?comment[^<>]*>/.exec(piece);
    if (!start) continue;
    const ref = tagAttributes(start[0]).attrs.get("ref");
    if (ref === undefined) unsupported("a comment without ref");
    const text = matchElement(piece, "text");
    if (text?.inner) stringItemText(text.inner, true);
    refs.push(ref);
  }
  return refs;
}

export function threadedCommentRefs(xml: string): string[] {
  const refs: string[] = [];
  let comment: { ref: string | undefined; text: boolean } = { ref: undefined, text: false };
  for (const tag of xmlTags(xml)) {
    const head = stripPrefix(tag.head);
    if (head === "<threadedComment") comment = { ref: tag.attrs.get("ref"), text: false };
    else if (head === "</text>") comment.text = true;
    else if (head === "</threadedComment>" && comment.text) {
      refs.push(comment.ref ?? unsupported("a threaded comment without ref"));
    }
  }
  return refs;
}

export function vmlNoteRefs(xml: string, comments: readonly string[]): string[] {
  const refs: string[] = [];
  for (const shape of shapes(xml)) {
    let type = "";
    let row = -1;
    let col = -1;
    let from = -1;
    for (const tag of xmlTags(shape)) {
      const head = stripPrefix(tag.head);
      if (head === "<ClientData") type = tag.attrs.get("ObjectType") || type;
      else if (head === "<Row" || head === "<Row>" || head === "<Column" || head === "<Column>") {
        from = tag.index + tag.length;
      } else if (head === "</Row>") row = +shape.slice(from, tag.index).trim();
      else if (head === "</Column>") col = +shape.slice(from, tag.index).trim();
    }
    if (type !== "Note") continue;
    const ref = row >= 0 && col >= 0 ? encodeCell({ r: row, c: col }) : comments[refs.length];
    refs.push(ref ?? unsupported("a note shape without a comment"));
  }
  return refs;
}

/** `str_match_xml_ns_g(data, "shape")`: none at all when one shape is not closed. */
function shapes(xml: string): string[] {
  const open = /<(?:\w+:)?shape\b[^<>]*>/g;
  const close = /<\/(?:\w+:)?shape>/g;
  const found: string[] = [];
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    close.lastIndex = open.lastIndex;
    if (!close.exec(xml)) return [];
    found.push(xml.slice(m.index, close.lastIndex));
    open.lastIndex = close.lastIndex;
  }
  return found;
}
