import { cellAddress } from "../../engine";
import { readAttr } from "./attributes";
import { textElement, unescapeXml, xmlText } from "./escapeXml";
import { NS, XML_DECLARATION } from "./namespaces";
import { appendChild } from "./xmlEdit";
import {
  childElements,
  contentEnd,
  localName,
  prefixOf,
  rootElement,
  tagEnd,
  type XmlElement,
} from "./xmlScan";

/** A note (legacy comment) to put on a cell. */
export type NoteSpec = { readonly rowIndex: number; readonly colIndex: number; readonly text: string };

/** Rich-text runs as Excel writes a note: the author in bold, a line break, then the text. */
export function noteRuns(p: string, author: string, text: string): string {
  const font = `<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/>`;
  const head =
    author === ""
      ? ""
      : `<${p}r><${p}rPr><${p}b/>${font}</${p}rPr>${textElement(`${author}:`, `${p}t`)}</${p}r>`;
  const body = author === "" ? text : `\n${text}`;
  return `${head}<${p}r><${p}rPr>${font}</${p}rPr>${textElement(body, `${p}t`)}</${p}r>`;
}

function commentXml(p: string, authorId: number, author: string, note: NoteSpec): string {
  const ref = cellAddress(note.rowIndex, note.colIndex);
  return `<${p}comment ref="${ref}" authorId="${authorId}" shapeId="0"><${p}text>${noteRuns(p, author, note.text)}</${p}text></${p}comment>`;
}

/** A new comments part. */
export function commentsXml(author: string, notes: readonly NoteSpec[]): string {
  const list = notes.map((note) => commentXml("", 0, author, note)).join("");
  return `${XML_DECLARATION}<comments xmlns="${NS.main}"><authors><author>${xmlText(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/**
 * Adds notes to an existing comments part. A cell that already has a comment keeps it: our text is
 * appended after a blank line. Returns the part and the notes that became new comments (they need shapes).
 */
export function appendComments(
  xml: string,
  author: string,
  notes: readonly NoteSpec[],
): { xml: string; created: NoteSpec[] } {
  const root = rootElement(xml);
  const p = prefixOf(root.name);
  const sections = childElements(xml, root);
  const authors = sections.find((el) => localName(el.name) === "authors");
  const names = authors ? childElements(xml, authors).map((el) => unescapeXml(innerText(xml, el))) : [];
  let authorId = names.indexOf(author);
  const list = sections.find((el) => localName(el.name) === "commentList");
  const existing = new Map<string, XmlElement>();
  for (const comment of list ? childElements(xml, list) : []) {
    const text = childElements(xml, comment).find((el) => localName(el.name) === "text");
    const ref = readAttr(xml.slice(comment.start, tagEnd(xml, comment.start)), "ref");
    if (text && ref !== null) existing.set(ref.toUpperCase(), text);
  }
  const created: NoteSpec[] = [];
  const edits: { text: XmlElement; runs: string }[] = [];
  for (const note of notes) {
    const text = existing.get(cellAddress(note.rowIndex, note.colIndex));
    const runs = `<${p}r>${textElement("\n\n", `${p}t`)}</${p}r>${noteRuns(p, author, note.text)}`;
    if (text === undefined) created.push(note);
    else edits.push({ text, runs });
  }
  if (authorId === -1 && created.length > 0) authorId = names.length;
  const additions = created.map((note) => commentXml(p, authorId, author, note)).join("");
  edits.sort((a, b) => b.text.start - a.text.start);
  let out = xml;
  for (const { text, runs } of edits) {
    const open = tagEnd(out, text.start);
    const close = contentEnd(out, text);
    const inner = close > open ? asRuns(out.slice(open, close), p) : "";
    out = `${out.slice(0, text.start)}<${text.name}>${inner}${runs}</${text.name}>${out.slice(text.end)}`;
  }
  if (additions === "") return { xml: out, created };
  out = patchSection(out, "commentList", additions, `<${p}commentList>${additions}</${p}commentList>`);
  if (authorId === names.length) {
    const fragment = `<${p}author>${xmlText(author)}</${p}author>`;
    out = patchSection(out, "authors", fragment, `<${p}authors>${fragment}</${p}authors>`);
  }
  return { xml: out, created };
}

function innerText(xml: string, element: { start: number; end: number; name: string }): string {
  const open = tagEnd(xml, element.start);
  return open >= element.end ? "" : xml.slice(open, element.end - element.name.length - 3);
}

const BARE_TEXT = /^(\s*)(<((?:[\w.-]+:)?t)(?:\s[^>]*)?>[\s\S]*?<\/\3>|<(?:[\w.-]+:)?t\s*\/>)/;

/** The content of a comment's `<text>` as runs: a bare `<t>` is wrapped in `<r>` so that runs can follow it. */
function asRuns(inner: string, p: string): string {
  return inner.replace(BARE_TEXT, `$1<${p}r>$2</${p}r>`);
}

function patchSection(xml: string, name: string, children: string, whole: string): string {
  const root = rootElement(xml);
  const section = childElements(xml, root).find((el) => localName(el.name) === name);
  if (section) return appendChild(xml, section, children);
  const at = tagEnd(xml, root.start);
  return name === "authors" ? xml.slice(0, at) + whole + xml.slice(at) : appendChild(xml, root, whole);
}
