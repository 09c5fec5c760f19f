import { NS } from "../../ooxml/namespaces";
import { unsupported } from "./OoxmlUnsupported";
import { xmlTags } from "./xmlTags";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const KINDS: Readonly<Record<string, "workbooks" | "strings" | "styles">> = {
  [`${SML}.sheet.main+xml`]: "workbooks",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "workbooks",
  "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "workbooks",
  "application/vnd.ms-excel.addin.macroEnabled.main+xml": "workbooks",
  [`${SML}.template.main+xml`]: "workbooks",
  [`${SML}.sharedStrings+xml`]: "strings",
  "application/vnd.ms-excel.sharedStrings": "strings",
  [`${SML}.styles+xml`]: "styles",
  "application/vnd.ms-excel.styles": "styles",
};

/** Part names listed in `[Content_Types].xml` by kind, in order (a name may be missing: undefined). */
export type ContentTypes = Record<"workbooks" | "strings" | "styles", (string | undefined)[]>;

/** `[Content_Types].xml` as SheetJS's `parse_ct` reads it (its namespace must be the OPC one). */
export function readContentTypes(xml: string): ContentTypes {
  const types: ContentTypes = { workbooks: [], strings: [], styles: [] };
  let namespace: string | undefined;
  for (const tag of xmlTags(xml)) {
    const head = tag.head.replace(/<\w*:/, "<");
    if (head === "<Types") namespace = tag.attrs.get(`xmlns${/<(\w+):/.exec(tag.head)?.[1] ?? ""}`);
    else if (head === "<Default" && tag.attrs.get("Extension") === undefined)
      unsupported("a Default without Extension");
    else if (head === "<Override") {
      const kind = KINDS[tag.attrs.get("ContentType") ?? ""];
      if (kind !== undefined) types[kind].push(tag.attrs.get("PartName"));
    }
  }
  if (namespace !== NS.contentTypes) unsupported("an unknown content types namespace");
  return types;
}
