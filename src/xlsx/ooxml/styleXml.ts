import { xmlAttr } from "./escapeXml";
import type { StyleDef } from "./styleTraits";

/** XML fragments for the `styles.xml` entries a {@link StyleDef} needs; `p` is the namespace prefix. */

const FONT_FLAGS =
  /<(?:[\w.-]+:)?(?:b|i|u|strike|color)(?:\s[^>]*)?\/>|<((?:[\w.-]+:)?(?:b|i|u|strike|color))(?:\s[^>]*)?>[^<]*<\/\1>/g;

/** A font: the workbook's default font (`baseInner`, the children of font 0) with our changes. */
export function fontXml(p: string, baseInner: string, def: StyleDef): string {
  let inner = baseInner.replace(FONT_FLAGS, "");
  if (def.fontSize !== null)
    inner = inner.replace(/<((?:[\w.-]+:)?sz)\s[^>]*\/>/, `<$1 val="${def.fontSize}"/>`);
  const flags = `${def.bold ? `<${p}b/>` : ""}${def.italic ? `<${p}i/>` : ""}${def.underline ? `<${p}u/>` : ""}`;
  const color = def.fontColor === null ? "" : `<${p}color rgb="FF${def.fontColor}"/>`;
  return `<${p}font>${flags}${color}${inner}</${p}font>`;
}

export function solidFillXml(p: string, rgb: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export function thinBorderXml(p: string): string {
  const side = (name: string): string => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

export function numFmtXml(p: string, id: number, code: string): string {
  return `<${p}numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`;
}

export type XfIds = { numFmtId: number; fontId: number; fillId: number; borderId: number };

/** A `cellXfs` entry. */
export function xfXml(p: string, ids: XfIds, def: StyleDef): string {
  const attrs = [
    `numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"`,
    ids.numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
    ids.fontId !== 0 ? ' applyFont="1"' : "",
    ids.fillId !== 0 ? ' applyFill="1"' : "",
    ids.borderId !== 0 ? ' applyBorder="1"' : "",
  ].join("");
  const alignment = [
    def.horizontal ? ` horizontal="${def.horizontal}"` : "",
    def.vertical ? ` vertical="${def.vertical}"` : "",
    def.wrap ? ' wrapText="1"' : "",
  ].join("");
  const children = [
    alignment ? `<${p}alignment${alignment}/>` : "",
    def.unlocked ? `<${p}protection locked="0"/>` : "",
  ].join("");
  const apply = `${alignment ? ' applyAlignment="1"' : ""}${def.unlocked ? ' applyProtection="1"' : ""}`;
  return children ? `<${p}xf ${attrs}${apply}>${children}</${p}xf>` : `<${p}xf ${attrs}/>`;
}

/** The styles part of a new workbook: one default font (Calibri 11), the two mandatory fills, one xf. */
export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";
