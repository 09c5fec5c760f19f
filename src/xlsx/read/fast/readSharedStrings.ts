import { detachText } from "./detachText";
import { unsupported } from "./OoxmlUnsupported";
import { stringItemText } from "./stringItemText";
import { isLocalName, nameEnd, skipSpaces } from "./xmlNames";

/**
 * The shared string table as SheetJS's `parse_sst_xml` reads it, scanned item by item: the texts of the
 * `<si>` items, then one more empty item (what SheetJS reads after the last `</si>`). Empty when there is
 * no `<sst>` element. Items with attributes, nested items or text between items go to SheetJS.
 */
export function readSharedStrings(xml: string): (string | undefined)[] {
  const open = /<(?:\w+:)?sst\b[^<>]*>/g;
  const close = /<\/(?:\w+:)?sst>/g;
  if (!open.exec(xml)) return [];
  close.lastIndex = open.lastIndex;
  const end = close.exec(xml)?.index;
  if (end === undefined) return [];
  const strings: (string | undefined)[] = [];
  for (let i = skipSpaces(xml, open.lastIndex); i < end; i = skipSpaces(xml, i)) {
    const nameStop = nameEnd(xml, i + 1);
    if (
      xml.charCodeAt(i) !== 60 ||
      xml.charCodeAt(nameStop) !== 62 ||
      !isLocalName(xml, i + 1, nameStop, "si")
    ) {
      unsupported("an unusual shared string table");
    }
    const [contentEnd, next] = itemEnd(xml, nameStop + 1);
    const text = stringItemText(xml.slice(nameStop + 1, contentEnd).trim());
    strings.push(text === undefined ? text : detachText(text));
    i = next;
  }
  strings.push("");
  return strings;
}

/** Where an item's content ends (its `</si>`) and the offset after that close tag. */
function itemEnd(xml: string, from: number): [number, number] {
  for (let lt = xml.indexOf("<", from); lt !== -1; lt = xml.indexOf("<", lt + 1)) {
    const closing = xml.charCodeAt(lt + 1) === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameStop = nameEnd(xml, nameStart);
    const item = isLocalName(xml, nameStart, nameStop, "si");
    if (item && closing && xml.charCodeAt(nameStop) === 62) return [lt, nameStop + 1];
    if (item || isLocalName(xml, nameStart, nameStop, "sstItem"))
      unsupported("an unusual shared string item");
  }
  return unsupported("an unterminated shared string item");
}
