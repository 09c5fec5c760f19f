import { NS } from "../../ooxml/namespaces";
import { unsupported } from "./OoxmlUnsupported";
import { unescapeXmlText } from "./unescapeXmlText";
import { stripPrefix, xmlBool, xmlTags } from "./xmlTags";

export type WorkbookSheet = {
  readonly name: string;
  readonly hidden: boolean;
  readonly relId: string | undefined;
};
export type WorkbookPart = { readonly sheets: readonly WorkbookSheet[]; readonly date1904: boolean };

/**
 * `workbook.xml` as SheetJS's `parse_wb_xml` reads it: every `<sheet>` tag in order, `workbookPr date1904`.
 * Only the transitional namespace is taken (Strict OOXML goes to SheetJS), and so are unnamed sheets or
 * defined names, duplicate names, and anything SheetJS stores under a name an object cannot hold.
 */
export function readWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let xmlnsKey = "xmlns";
  let namespace: string | undefined;
  for (const tag of xmlTags(xml)) {
    switch (stripPrefix(tag.head)) {
      case "<workbook": {
        const prefix = /^<(\w+):workbook/.exec(tag.head);
        if (prefix) xmlnsKey = `xmlns${prefix[1] ?? ""}`;
        namespace = tag.attrs.get(xmlnsKey);
        break;
      }
      case "<workbookPr":
      case "<workbookPr/>": {
        const flag = tag.attrs.get("date1904");
        if (flag != null) date1904 = xmlBool(flag);
        break;
      }
      case "<sheet":
        sheets.push(sheetOf(tag.attrs));
        break;
      case "<definedName":
        if (tag.attrs.get("name") === undefined) unsupported("a defined name without a name");
        break;
    }
  }
  if (namespace !== NS.main) unsupported("not a transitional OOXML workbook");
  const names = new Set(sheets.map((sheet) => sheet.name));
  if (names.size !== sheets.length || names.has("__proto__")) unsupported("duplicate sheet names");
  return { sheets, date1904 };
}

function sheetOf(attrs: ReadonlyMap<string, string>): WorkbookSheet {
  const name = attrs.get("name");
  if (name === undefined) unsupported("a sheet without a name");
  const state = attrs.get("state");
  return {
    name: unescapeXmlText(name),
    hidden: state === "hidden" || state === "veryHidden",
    relId: attrs.get("id"),
  };
}
