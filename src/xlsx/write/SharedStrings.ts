import { textElement } from "../ooxml/escapeXml";
import { NS, XML_DECLARATION } from "../ooxml/namespaces";
import type { StringCellWriter } from "../ooxml/worksheetXml";

/** The shared-string table of a new workbook: each distinct text stored once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  readonly writer: StringCellWriter = (text) => {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(`<si>${textElement(text)}</si>`);
      this.index.set(text, at);
    }
    return { type: "s", inner: `<v>${at}</v>` };
  };

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  toXml(): string {
    const head = `<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.items.length}">`;
    return `${XML_DECLARATION}${head}${this.items.join("")}</sst>`;
  }
}
