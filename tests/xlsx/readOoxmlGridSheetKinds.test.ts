import { expectSameAsSheetJs } from "./helpers/bothReaders";
import { buildPackage, sheetXml } from "./helpers/packageParts";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const WORKBOOK_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[
  ["rId1", "worksheet", "worksheets/sheet1.xml"],
  ["rId2", "chartsheet", "chartsheets/sheet1.xml"],
  ["rId3", "dialogsheet", "dialogsheets/missing.xml"],
  ["rId4", "styles", "styles.xml"],
]
  .map(([id, type, target]) => `<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"/>`)
  .join("")}</Relationships>`;

it("reads chart and dialog sheets as SheetJS does: sheets without cells", () => {
  const data = buildPackage(
    [
      { name: "Data", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: "Chart", xml: "", state: "hidden" },
      { name: "Dialog", xml: "" },
    ],
    {
      extra: {
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/chartsheets/sheet1.xml": `<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><drawing r:id="rId1"/></chartsheet>`,
      },
    },
  );
  const { grid, sheetInfo } = expectSameAsSheetJs(data);
  expect(grid.sheets.map((sheet) => sheet.cells.length)).toEqual([1, 0, 0]);
  expect(sheetInfo.map((sheet) => sheet.hidden)).toEqual([false, true, false]);
});
