import { unsupported } from "./OoxmlUnsupported";
import { closeTagEnd, isLocalName, nameEnd, skipSpaces } from "./xmlNames";

/** Where a cell's `<v>` text and `<is>` content lie (-1 when absent); reused per cell. */
export type CellContent = {
  valueStart: number;
  valueEnd: number;
  inlineStart: number;
  inlineEnd: number;
  end: number;
};

export function newCellContent(): CellContent {
  return { valueStart: -1, valueEnd: -1, inlineStart: -1, inlineEnd: -1, end: 0 };
}

export function clearCellContent(content: CellContent, end: number): void {
  content.valueStart = content.valueEnd = content.inlineStart = content.inlineEnd = -1;
  content.end = end;
}

/**
 * Scans a cell's children from just after its start tag to just after `</c>`: one `<v>` (cached value,
 * maybe `<v/>`), formulas `<f>` (skipped: only their cached value counts), one `<is>`. Anything else goes
 * to SheetJS.
 */
export function readCellContent(xml: string, from: number, content: CellContent): void {
  clearCellContent(content, 0);
  for (let i = skipSpaces(xml, from); ; i = skipSpaces(xml, i)) {
    if (xml.charCodeAt(i) !== 60) unsupported("text inside a cell");
    if (xml.charCodeAt(i + 1) === 47) {
      content.end = xml.startsWith("</c>", i) ? i + 4 : closeTagEnd(xml, i, "c");
      if (content.end === -1) unsupported("an unexpected closing tag in a cell");
      return;
    }
    if (xml.charCodeAt(i + 1) === 118 && xml.charCodeAt(i + 2) === 62) {
      i = readValue(xml, i + 3, content);
      continue;
    }
    const nameStop = nameEnd(xml, i + 1);
    const gt = xml.indexOf(">", nameStop);
    if (gt === -1 || xml.lastIndexOf("<", gt) !== i) unsupported("a broken tag in a cell");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (isLocalName(xml, i + 1, nameStop, "v"))
      i = selfClosing ? emptyValue(gt + 1, content) : readValue(xml, gt + 1, content);
    else if (isLocalName(xml, i + 1, nameStop, "f")) i = selfClosing ? gt + 1 : textEnd(xml, gt + 1, "f");
    else if (isLocalName(xml, i + 1, nameStop, "is") && content.inlineStart === -1) {
      i = selfClosing ? gt + 1 : readInline(xml, gt + 1, content);
    } else unsupported("an unusual element in a cell");
  }
}

function readValue(xml: string, from: number, content: CellContent): number {
  if (content.valueStart !== -1) unsupported("two values in a cell");
  const lt = xml.indexOf("<", from);
  content.valueStart = from;
  content.valueEnd = lt;
  return lt !== -1 && xml.startsWith("</v>", lt) ? lt + 4 : textEnd(xml, from, "v");
}

/** `<v/>` holds nothing, as `<v></v>` (SheetJS finds no closing tag in the cell). */
function emptyValue(end: number, content: CellContent): number {
  if (content.valueStart !== -1) unsupported("two values in a cell");
  content.valueStart = content.valueEnd = end;
  return end;
}

/** Offset past the close tag of a text-only element (`<f>`, `<v>`) whose text starts at `from`. */
function textEnd(xml: string, from: number, local: string): number {
  const lt = xml.indexOf("<", from);
  const end = lt === -1 || xml.charCodeAt(lt + 1) !== 47 ? -1 : closeTagEnd(xml, lt, local);
  return end === -1 ? unsupported(`markup inside <${local}>`) : end;
}

/** The `<is>` content runs to the first `</(prefix:)is>`, as SheetJS finds it. */
function readInline(xml: string, from: number, content: CellContent): number {
  for (let at = xml.indexOf("</", from); at !== -1; at = xml.indexOf("</", at + 2)) {
    const end = closeTagEnd(xml, at, "is");
    if (end !== -1) {
      content.inlineStart = from;
      content.inlineEnd = at;
      return end;
    }
  }
  return unsupported("an unterminated inline string");
}
