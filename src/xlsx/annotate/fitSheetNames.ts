import { sheetNameKey, sheetNameProblem, uniqueSheetName } from "../../engine";
import { readAttr, setAttr } from "../ooxml/attributes";
import { xmlText, xstringAttr } from "../ooxml/escapeXml";
import { childElements, localName, rootElement, tagEnd, type XmlElement } from "../ooxml/xmlScan";
import { unescapeXmlText } from "../read/fast/unescapeXmlText";
import type { OoxmlPackage } from "./OoxmlPackage";
import type { WorkbookParts } from "./workbookParts";

/** A cell formula: `<f …>text</f>` with any namespace prefix (formulas hold text only). */
const FORMULA = /<((?:[\w.-]+:)?f)((?:\s[^>]*)?)>([^<]*)<\/\1>/g;

/**
 * Makes an annotated copy openable in Excel when the workbook was saved by a tool that allows more in sheet
 * names (LibreOffice: longer than 31 characters, `/`, `:`; or `_xHHHH_`-escaped control characters): each
 * sheet whose name Excel refuses, or that repeats another's without case, gets a valid unique name, and the
 * defined names and cell formulas that refer to it are rewritten. Defined names scoped to a sheet that does
 * not exist (`localSheetId` past the last sheet) are dropped: they would otherwise attach to the sheet the
 * copy appends. Returns the parts as renamed and the renames (old name → new), empty when none was needed.
 */
export function fitSheetNames(
  pkg: OoxmlPackage,
  parts: WorkbookParts,
): { readonly parts: WorkbookParts; readonly renamed: ReadonlyMap<string, string> } {
  const renamed = new Map<string, string>();
  const taken = parts.sheets.map((s) => s.name).filter((name) => sheetNameProblem(name) === null);
  const seen = new Set<string>();
  for (const sheet of parts.sheets) {
    const key = sheetNameKey(sheet.name);
    if (sheetNameProblem(sheet.name) === null && !seen.has(key)) {
      seen.add(key);
      continue;
    }
    const name = uniqueSheetName(sheet.name, [...taken, ...renamed.values()]);
    renamed.set(sheet.name, name);
  }
  const workbook = pkg.requireText(parts.workbookPath);
  const fitted = fitWorkbookXml(workbook, parts.sheets.length, renamed);
  if (fitted !== workbook) pkg.setText(parts.workbookPath, fitted);
  if (renamed.size > 0) {
    for (const sheet of parts.sheets) {
      if (!sheet.isWorksheet || !pkg.has(sheet.path)) continue;
      const xml = pkg.requireText(sheet.path);
      const changed = xml.replace(FORMULA, (whole, name: string, attrs: string, text: string) => {
        const formula = renameRefs(unescapeXmlText(text), renamed);
        return formula === null ? whole : `<${name}${attrs}>${xmlText(formula)}</${name}>`;
      });
      if (changed !== xml) pkg.setText(sheet.path, changed);
    }
  }
  return {
    parts: { ...parts, sheets: parts.sheets.map((s) => ({ ...s, name: renamed.get(s.name) ?? s.name })) },
    renamed,
  };
}

/** workbook.xml with the sheets renamed, their references in defined names rewritten, dangling names dropped. */
function fitWorkbookXml(xml: string, sheetCount: number, renamed: ReadonlyMap<string, string>): string {
  const root = rootElement(xml);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const section of childElements(xml, root)) {
    const what = localName(section.name);
    if (what !== "sheets" && what !== "definedNames") continue;
    for (const child of childElements(xml, section)) {
      const edit =
        what === "sheets"
          ? renameSheetTag(xml, child, renamed)
          : fitDefinedName(xml, child, sheetCount, renamed);
      if (edit !== null) edits.push({ start: child.start, end: child.end, text: edit });
    }
  }
  let out = xml;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function renameSheetTag(xml: string, sheet: XmlElement, renamed: ReadonlyMap<string, string>): string | null {
  const open = tagEnd(xml, sheet.start);
  const tag = xml.slice(sheet.start, open);
  const name = renamed.get(unescapeXmlText(readAttr(tag, "name") ?? ""));
  return name === undefined ? null : setAttr(tag, "name", xstringAttr(name)) + xml.slice(open, sheet.end);
}

function fitDefinedName(
  xml: string,
  element: XmlElement,
  sheetCount: number,
  renamed: ReadonlyMap<string, string>,
): string | null {
  const open = tagEnd(xml, element.start);
  const tag = xml.slice(element.start, open);
  const local = readAttr(tag, "localSheetId");
  if (local !== null && !(Number(local) >= 0 && Number(local) < sheetCount)) return "";
  if (renamed.size === 0 || open >= element.end) return null;
  const close = element.end - element.name.length - 3;
  const formula = renameRefs(unescapeXmlText(xml.slice(open, close)), renamed);
  return formula === null ? null : `${tag}${xmlText(formula)}${xml.slice(close, element.end)}`;
}

/** A formula with references to renamed sheets rewritten (`'Old'!A1`, `Old!A1` → `'New'!A1`), or null if none. */
export function renameRefs(formula: string, renamed: ReadonlyMap<string, string>): string | null {
  if (!formula.includes("!")) return null;
  let out = formula;
  for (const [old, name] of renamed) {
    const quoted = `'${name.replace(/'/g, "''")}'!`;
    out = out.split(`'${old.replace(/'/g, "''")}'!`).join(quoted);
    const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'\\]])${escapeRegExp(old)}!`, "gu");
    out = out.replace(bare, (_, before: string) => `${before}${quoted}`);
  }
  return out === formula ? null : out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
