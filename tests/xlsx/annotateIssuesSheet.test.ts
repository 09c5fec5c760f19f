import { annotateWorkbook } from "../../src/xlsx/annotateWorkbook";
import { readWorkbook, readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { buildPackage, entryText, sheetXml } from "./helpers/packageParts";
import { attr, cellStyle, expectPackageWellFormed, listEntries } from "./helpers/xmlChecks";

const LONG =
  "Не вказано відповідальних за виконання заходу; додайте орган виконавчої влади або установу, що відповідає.";

describe("the issues sheet", () => {
  const book = buildPackage([
    {
      name: "План: 2024/2025",
      xml: sheetXml('<row r="12"><c r="E12" t="inlineStr"><is><t>x</t></is></c></row>'),
    },
    { name: "Зауваження", xml: sheetXml("") },
  ]);
  const out = annotateWorkbook(book, {
    marks: [],
    author: "PlanCheck",
    issuesSheet: {
      name: "Зауваження",
      columns: ["Рівень", "Клітинка", "Опис"],
      rows: [
        {
          cells: ["помилка", "E12", LONG],
          link: { sheet: "План: 2024/2025", rowIndex: 11, colIndex: 4, column: 1 },
        },
        {
          cells: ["порада", null, "два\nрядки"],
          link: { sheet: "план: 2024/2025", rowIndex: 0, colIndex: 0, column: 1 },
        },
        { cells: ["інфо", "—", 42] },
      ],
    },
  });
  const xml = entryText(out, "xl/worksheets/sheet3.xml");

  it("is appended last under a free name, with a workbook entry, relationship and content type", () => {
    const { grid, sheetInfo } = readWorkbookWithInfo(out);
    // "План: 2024/2025" is no name Excel accepts (":" and "/"): the copy renames it
    expect(sheetInfo.map((s) => s.name)).toEqual(["План 2024 2025", "Зауваження", "Зауваження (2)"]);
    expect(grid.sheets[2]?.cells).toEqual([
      ["Рівень", "Клітинка", "Опис"],
      ["помилка", "E12", LONG],
      ["порада", "A1", "два\nрядки"],
      ["інфо", "—", 42],
    ]);
    const workbook = entryText(out, "xl/workbook.xml");
    expect(workbook).toMatch(/<sheet name="Зауваження \(2\)" sheetId="3" r:id="rId\d+"\/><\/sheets>/);
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'Зауваження (2)'!$A$1:$C$4</definedName>`,
    );
    expect(entryText(out, "[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet3.xml"');
    expectPackageWellFormed(out);
  });

  it("has a bold frozen header, filters, fitted widths, wrapped long text and links", () => {
    const styles = entryText(out, "xl/styles.xml");
    const header = cellStyle(xml, styles, "A1");
    expect(listEntries(styles, "fonts", "font")[Number(attr(header.xf, "fontId"))]).toContain("<b/>");
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<autoFilter ref="A1:C4"/>');
    expect(xml).toContain('<col min="3" max="3" width="60" customWidth="1"/>');
    expect(xml).toMatch(/<col min="1" max="1" width="9" customWidth="1"\/>/);
    expect(cellStyle(xml, styles, "C2").xf).toContain('wrapText="1"');
    expect(xml).toMatch(/<row r="2" ht="\d+" customHeight="1">/);
    expect(xml).toContain(`<hyperlink ref="B2" location="'План 2024 2025'!E12" display="E12"/>`);
    expect(xml).toContain(`<hyperlink ref="B3" location="'План 2024 2025'!A1" display="A1"/>`);
    // it prints: A4, portrait (its columns fit), the header repeated on every page
    expect(xml).toContain('<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="portrait"/>');
    expect(entryText(out, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'Зауваження (2)'!$1:$1</definedName>`,
    );
  });

  it("gets a valid name from anything", () => {
    const run = (name: string): string => {
      const bytes = annotateWorkbook(book, {
        marks: [],
        author: "",
        issuesSheet: { name, columns: ["a"], rows: [] },
      });
      return readWorkbook(bytes).sheets.at(-1)?.name ?? "";
    };
    expect(run("Звіт [чернетка]: 1/2 *?")).toBe("Звіт чернетка 1 2");
    expect(run("Дуже довга назва аркуша із зауваженнями")).toBe("Дуже довга назва аркуша із заув");
    expect(run("")).toBe("Sheet");
    expect(run("'Зауваження'")).toBe("Зауваження (2)");
  });
});
