import { SaxesParser } from "saxes"; // strict XML parser (dev dependency through jsdom)
import { strFromU8 } from "fflate";
import { unzipEntries } from "./packageParts";

/** Throws when the text is not well-formed, namespace-correct XML. */
export function expectWellFormed(xml: string, where: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${where} is not well-formed XML: ${(failure as Error).message}`);
}

/** Every XML-ish part of a package (xml, rels, vml) must parse. */
export function expectPackageWellFormed(bytes: Uint8Array): void {
  for (const [name, data] of Object.entries(unzipEntries(bytes))) {
    if (/\.(xml|rels|vml)$/i.test(name)) expectWellFormed(strFromU8(data), name);
  }
}

/** Direct children `<tag …>` of a list element, as raw strings (for styles.xml lists). */
export function listEntries(xml: string, list: string, item: string): string[] {
  const start = xml.indexOf(`<${list}`);
  const end = xml.indexOf(`</${list}>`, start);
  if (start === -1 || end === -1) return [];
  const body = xml.slice(xml.indexOf(">", start) + 1, end);
  return body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

export function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The `<c …>` start tag of a cell, or null. */
export function cellTag(sheetXml: string, ref: string): string | null {
  return new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml)?.[0] ?? null;
}

export type CellStyleFacts = { xf: string; fillRgb: string | null; xfWithoutFill: string };

/** What style a cell has: its xf entry, the fill colour, and the xf with the fill attributes removed. */
export function cellStyle(sheetXml: string, stylesXml: string, ref: string): CellStyleFacts {
  const tag = cellTag(sheetXml, ref);
  const s = Number((tag && attr(tag, "s")) ?? 0);
  const xf = listEntries(stylesXml, "cellXfs", "xf")[s] ?? "";
  const fill = listEntries(stylesXml, "fills", "fill")[Number(attr(xf, "fillId") ?? 0)] ?? "";
  const fillRgb = /patternType="solid"/.test(fill)
    ? (/<fgColor rgb="FF([0-9A-F]{6})"/.exec(fill)?.[1] ?? null)
    : null;
  const xfWithoutFill = xf.replace(/\s(fillId|applyFill)="[^"]*"/g, "");
  return { xf, fillRgb, xfWithoutFill };
}

/** Rows ascending by `r`, and cells ascending by column within each row. */
export function expectSortedSheetData(sheetXml: string): void {
  let lastRow = 0;
  for (const row of sheetXml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(row[1]);
    expect(r).toBeGreaterThan(lastRow);
    lastRow = r;
    let lastCol = -1;
    for (const cell of (row[2] ?? "").matchAll(/<c r="([A-Z]+)(\d+)"/g)) {
      expect(Number(cell[2])).toBe(r);
      const col = [...(cell[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect(col).toBeGreaterThan(lastCol);
      lastCol = col;
    }
  }
}
