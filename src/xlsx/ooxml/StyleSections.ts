import { setAttr } from "./attributes";
import { appendChild, insertChild, STYLESHEET_ORDER } from "./xmlEdit";
import { childElements, localName, prefixOf, rootElement, tagEnd, type XmlElement } from "./xmlScan";

const MANAGED = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
export type SectionName = (typeof MANAGED)[number];

type Section = {
  readonly existing: readonly string[];
  readonly added: string[];
  readonly index: Map<string, number>;
};

/**
 * The lists of a stylesheet we append to (number formats, fonts, fills, borders, xfs): the entries it
 * had, and the ones we add, deduplicated by their XML. Appending never renumbers existing entries.
 */
export class StyleSections {
  readonly prefix: string;
  private readonly sections = new Map<SectionName, Section>();

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = prefixOf(root.name);
    const found = new Map(childElements(xml, root).map((el) => [localName(el.name), el] as const));
    for (const name of MANAGED) {
      const element = found.get(name);
      const existing = element
        ? childElements(xml, element).map((child) => xml.slice(child.start, child.end))
        : [];
      this.sections.set(name, { existing, added: [], index: new Map() });
    }
    this.seedDefaults();
  }

  /** Entry `index` of a list, original or added (undefined when out of range). */
  entry(name: SectionName, index: number): string | undefined {
    const section = this.section(name);
    return section.existing[index] ?? section.added[index - section.existing.length];
  }

  existing(name: SectionName): readonly string[] {
    return this.section(name).existing;
  }

  /** Appends an entry, or finds the one we appended with the same XML (or key); returns its index. */
  add(name: SectionName, fragment: string, key: string = fragment, index?: number): number {
    const section = this.section(name);
    const known = section.index.get(key);
    if (known !== undefined) return known;
    const at = index ?? section.existing.length + section.added.length;
    section.added.push(fragment);
    section.index.set(key, at);
    return at;
  }

  get changed(): boolean {
    return MANAGED.some((name) => this.section(name).added.length > 0);
  }

  /** The stylesheet with every added entry spliced into its list and the `count` attributes updated. */
  toXml(): string {
    let xml = this.xml;
    for (const name of MANAGED) {
      const { existing, added } = this.section(name);
      if (added.length === 0) continue;
      const root = rootElement(xml);
      const element = childElements(xml, root).find((el) => localName(el.name) === name);
      const count = String(existing.length + added.length);
      const p = this.prefix;
      if (element) xml = withCount(appendChild(xml, element, added.join("")), element, count);
      else
        xml = insertChild(
          xml,
          root,
          name,
          `<${p}${name} count="${count}">${added.join("")}</${p}${name}>`,
          STYLESHEET_ORDER,
        );
    }
    return xml;
  }

  /** A stylesheet without fonts, fills, borders or xfs gets the defaults every index 0 (and fill 1) relies on. */
  private seedDefaults(): void {
    const p = this.prefix;
    const seed = (name: SectionName, entries: readonly string[]): void => {
      const section = this.section(name);
      for (let i = section.existing.length; i < entries.length; i++) section.added.push(entries[i] ?? "");
    };
    seed("fonts", [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`]);
    seed("fills", [
      `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
    ]);
    seed("borders", [
      `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
    ]);
    seed("cellStyleXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]);
    seed("cellXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`]);
  }

  private section(name: SectionName): Section {
    const section = this.sections.get(name);
    if (!section) throw new Error(`unknown styles section ${name}`);
    return section;
  }
}

function withCount(xml: string, element: XmlElement, count: string): string {
  const end = tagEnd(xml, element.start);
  return (
    xml.slice(0, element.start) + setAttr(xml.slice(element.start, end), "count", count) + xml.slice(end)
  );
}
