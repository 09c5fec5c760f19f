import { readAttr, setAttr } from "./attributes";
import { StyleSections } from "./StyleSections";
import { resolveStyle, type CellStyle, type NumberFormat, type StyleDef } from "./styleTraits";
import {
  DEFAULT_STYLES_XML,
  fontXml,
  numFmtXml,
  solidFillXml,
  thinBorderXml,
  xfXml,
  type XfIds,
} from "./styleXml";

const FIRST_CUSTOM_NUMFMT = 164;

/**
 * The workbook's `styles.xml`, extended in place: entries are only ever appended, so every existing
 * style index keeps its meaning. Used by the writer (starting from a default stylesheet) and by the
 * annotator (starting from the user's).
 */
export class StyleBook {
  private readonly sections: StyleSections;
  private readonly baseFont: string;
  private nextNumFmtId = FIRST_CUSTOM_NUMFMT;
  /** xf index per style name list: the writer asks once per cell, so the XML is built once per style. */
  private readonly byStyle = new Map<string, number>();

  private constructor(xml: string) {
    this.sections = new StyleSections(xml);
    for (const numFmt of this.sections.existing("numFmts")) {
      const id = Number(readAttr(numFmt, "numFmtId"));
      if (Number.isFinite(id) && id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
    }
    const font0 = this.sections.entry("fonts", 0) ?? "<font></font>";
    this.baseFont = font0.endsWith("/>") ? "" : font0.slice(font0.indexOf(">") + 1, font0.lastIndexOf("<"));
  }

  static parse(xml: string): StyleBook {
    return new StyleBook(xml);
  }

  static fresh(): StyleBook {
    return new StyleBook(DEFAULT_STYLES_XML);
  }

  get changed(): boolean {
    return this.sections.changed;
  }

  /** The `cellXfs` index for a named style (a date value gets a date format if the style has none). */
  xfFor(style: CellStyle | undefined, isDate = false): number {
    if (style === undefined && !isDate) return 0;
    const key = `${typeof style === "string" ? style : (style ?? []).join("|")}${isDate ? "|@date" : ""}`;
    const cached = this.byStyle.get(key);
    if (cached !== undefined) return cached;
    const def = resolveStyle(style, isDate);
    const xf = this.sections.add("cellXfs", xfXml(this.sections.prefix, this.ids(def), def));
    this.byStyle.set(key, xf);
    return xf;
  }

  /** A copy of `cellXfs[xf]` with a solid fill, keeping everything else of that style; one copy per pair. */
  withFill(xf: number, rgb: string): number {
    const source = this.sections.entry("cellXfs", xf) ?? this.sections.entry("cellXfs", 0) ?? "<xf/>";
    const fillId = this.sections.add("fills", solidFillXml(this.sections.prefix, rgb));
    const end = source.indexOf(">") + 1;
    const startTag = setAttr(setAttr(source.slice(0, end), "fillId", String(fillId)), "applyFill", "1");
    return this.sections.add("cellXfs", startTag + source.slice(end), `${xf}|${rgb}`);
  }

  toXml(): string {
    return this.sections.toXml();
  }

  private ids(def: StyleDef): XfIds {
    const p = this.sections.prefix;
    const plainFont =
      !def.bold && !def.italic && !def.underline && def.fontColor === null && def.fontSize === null;
    return {
      numFmtId: def.numberFormat === null ? 0 : this.numFmtId(def.numberFormat),
      fontId: plainFont ? 0 : this.sections.add("fonts", fontXml(p, this.baseFont, def)),
      fillId: def.fill === null ? 0 : this.sections.add("fills", solidFillXml(p, def.fill)),
      borderId: def.border ? this.sections.add("borders", thinBorderXml(p)) : 0,
    };
  }

  private numFmtId(format: NumberFormat): number {
    if ("id" in format) return format.id;
    const key = `code:${format.code}`;
    const id = this.sections.add(
      "numFmts",
      numFmtXml(this.sections.prefix, this.nextNumFmtId, format.code),
      key,
      this.nextNumFmtId,
    );
    if (id === this.nextNumFmtId) this.nextNumFmtId++;
    return id;
  }
}
