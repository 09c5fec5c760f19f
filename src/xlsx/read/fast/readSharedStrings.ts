import { detachText } from "./detachText";
import { unsupported } from "./OoxmlUnsupported";
import { stringItemText } from "./stringItemText";
import { isLocalName, nameEnd, skipSpaces } from "./xmlNames";

/**
 * The shared string table as SheetJS's `parse_sst_xml` reads it, scanned item by item: the texts of the
 * `<si>` items, then one more empty item (what SheetJS reads after the last `</si>`). Empty when there is
 * no `<sst>` element (or it is never closed). Items with attributes, nested items or text between items go to
 * SheetJS. The text comes in pieces cut after an item (XmlChunker), so the table's XML is never held whole.
 */
export class SharedStringsReader {
  private head = "";
  private inItems = false;
  private closed = false;
  private readonly strings: (string | undefined)[] = [];

  take(text: string): void {
    if (this.closed) return;
    if (!this.inItems) {
      OPEN.lastIndex = Math.max(0, this.head.length - 4096);
      this.head += text;
      if (!OPEN.exec(this.head)) return;
      this.inItems = true;
      const rest = this.head.slice(OPEN.lastIndex);
      this.head = "";
      this.items(rest);
    } else this.items(text);
  }

  finish(): (string | undefined)[] {
    if (!this.closed) return [];
    this.strings.push("");
    return this.strings;
  }

  private items(xml: string): void {
    if (xml.includes("<!")) unsupported("comments or CDATA in the shared string table");
    CLOSE.lastIndex = 0;
    const close = CLOSE.exec(xml)?.index;
    const end = close ?? xml.length;
    for (let i = skipSpaces(xml, 0); i < end; i = skipSpaces(xml, i)) {
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
      this.strings.push(text === undefined ? text : detachText(text));
      i = next;
    }
    this.closed = close !== undefined;
  }
}

const OPEN = /<(?:\w+:)?sst\b[^<>]*>/g;
const CLOSE = /<\/(?:\w+:)?sst>/g;

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
