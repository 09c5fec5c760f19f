import { xmlText } from "../ooxml/escapeXml";
import { XML_DECLARATION } from "../ooxml/namespaces";
import type { DocumentProperties } from "../WorkbookSpec";

/** `docProps/core.xml`: title, creator and (when given) the creation time. */
export function corePropsXml(props: DocumentProperties): string {
  const time = props.created && Number.isFinite(props.created.getTime()) ? props.created.toISOString() : null;
  const stamp = (tag: string): string =>
    time === null
      ? ""
      : `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${time.replace(/\.\d{3}Z$/, "Z")}</dcterms:${tag}>`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (props.title === undefined ? "" : `<dc:title>${xmlText(props.title)}</dc:title>`) +
    (props.creator === undefined ? "" : `<dc:creator>${xmlText(props.creator)}</dc:creator>`) +
    `${stamp("created")}${stamp("modified")}</cp:coreProperties>`
  );
}

/** `docProps/app.xml`: the application and the sheet titles Excel lists in its file properties. */
export function appPropsXml(sheetNames: readonly string[]): string {
  const titles = sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join("");
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>PlanCheck</Application>' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}
