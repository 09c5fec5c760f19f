import { xstringAttr } from "../ooxml/escapeXml";
import { definedNameXml, FILTER_DATABASE } from "../ooxml/definedNameXml";
import { NS, XML_DECLARATION } from "../ooxml/namespaces";
import { printNamesXml } from "../ooxml/printNames";
import type { WorkbookSpec } from "../WorkbookSpec";

/** `xl/workbook.xml` of a new workbook; sheet `i` has relationship id `rId{i+1}`. */
export function workbookXml(spec: WorkbookSpec): string {
  const active = Math.max(
    0,
    spec.sheets.findIndex((sheet) => (sheet.visibility ?? "visible") === "visible"),
  );
  const sheets = spec.sheets
    .map((sheet, i) => {
      const state =
        sheet.visibility === undefined || sheet.visibility === "visible"
          ? ""
          : ` state="${sheet.visibility}"`;
      return `<sheet name="${xstringAttr(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  const names = [
    ...spec.sheets.flatMap((sheet, i) =>
      sheet.autoFilter
        ? [
            definedNameXml("", FILTER_DATABASE, sheet.name, sheet.autoFilter, {
              localSheetId: i,
              hidden: true,
            }),
          ]
        : [],
    ),
    ...spec.sheets.map((sheet, i) => printNamesXml("", sheet, i)),
    ...(spec.definedNames ?? []).map((d) =>
      definedNameXml("", d.name, d.sheet, d.range, d.hidden === true ? { hidden: true } : {}),
    ),
  ].join("");
  return (
    `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="${active}"${active > 0 ? ` firstSheet="${active}"` : ""}/></bookViews>` +
    `<sheets>${sheets}</sheets>${names === "" ? "" : `<definedNames>${names}</definedNames>`}` +
    '<calcPr calcId="191029"/></workbook>'
  );
}
