import { read } from "@e965/xlsx";
import { strFromU8 } from "fflate";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { entryText, unzipEntries } from "./helpers/packageParts";
import { FORMULA_LIKE, sampleSpec, STATUSES } from "./helpers/sampleSpec";
import { attr, cellStyle, expectPackageWellFormed, listEntries } from "./helpers/xmlChecks";

describe("writeWorkbook", () => {
  const bytes = writeWorkbook(sampleSpec());
  const { grid, sheetInfo } = readWorkbookWithInfo(bytes);
  const sheet = entryText(bytes, "xl/worksheets/sheet1.xml");
  const styles = entryText(bytes, "xl/styles.xml");

  it("reads back with every value as written: text stays text, dates are dates", () => {
    const cells = grid.sheets[0]?.cells ?? [];
    expect(cells[0]?.[0]).toBe("Звіт про виконання заходів");
    expect(cells[2]).toEqual(["№", "Захід", "Відповідальні", "Строк", "Статус", "Значення", "Примітка"]);
    expect(cells.slice(3).map((row) => row[2])).toEqual(FORMULA_LIKE);
    expect(cells[3]).toEqual([
      "1)",
      `Захід 1: ${FORMULA_LIKE[0]}`,
      FORMULA_LIKE[0],
      new Date("2024-12-31T00:00:00Z"),
      "виконано",
      0,
      false,
    ]);
    expect(cells[6]?.[5]).toBe(1234.5);
    expect(cells[4]?.[4] ?? null).toBeNull();
    expect(grid.sheets[3]?.cells[0]).toEqual(["a", 1, true, null, "=A1"]);
    expect(grid.sheets[0]?.merges).toEqual([{ rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 6 }]);
  });

  it("writes no formula anywhere", () => {
    for (const [name, data] of Object.entries(unzipEntries(bytes))) {
      expect([name, /<(\w+:)?f[\s>/]/.test(strFromU8(data))]).toEqual([name, false]);
    }
  });

  it("keeps sheet order and visibility", () => {
    expect(sheetInfo).toEqual([
      { name: "Звіт", hidden: false },
      { name: "Списки", hidden: true },
      { name: "_meta", hidden: true },
      { name: "Дані", hidden: false },
    ]);
    const book = read(bytes, { type: "array" });
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 1, 2, 0]);
    expect(book.Props?.Title).toBe("Звіт про виконання плану");
    expect(book.Props?.Author).toBe("PlanCheck");
    expect(book.Workbook?.Names?.map((n) => [n.Name, n.Ref, n.Sheet])).toEqual([
      ["_xlnm._FilterDatabase", "'Дані'!$A$1:$E$1", 3],
      ["Статуси", "'Списки'!$A$1:$A$4", undefined],
      ["План.Версія", "'_meta'!$B$2", undefined],
    ]);
    const names = entryText(bytes, "xl/workbook.xml");
    expect(names).toContain('<definedName name="Статуси" hidden="1">');
    expect(names).toContain('<definedName name="План.Версія">');
  });

  it("styles: bold filled header, unlocked inputs, date format, status fill", () => {
    const header = cellStyle(sheet, styles, "B3");
    const font = listEntries(styles, "fonts", "font")[Number(attr(header.xf, "fontId"))];
    expect(font).toContain("<b/>");
    expect(header.fillRgb).toBe("F2F2F2");
    expect(cellStyle(sheet, styles, "E4").xf).toContain('<protection locked="0"/>');
    expect(cellStyle(sheet, styles, "E4").fillRgb).toBe("C6EFCE");
    expect(cellStyle(sheet, styles, "B4").xf).toContain("wrapText");
    expect(cellStyle(sheet, styles, "B4").xf).not.toContain("locked");
    const dateXf = cellStyle(sheet, styles, "D4").xf;
    const numFmt = listEntries(styles, "numFmts", "numFmt").find(
      (n) => attr(n, "numFmtId") === attr(dateXf, "numFmtId"),
    );
    expect(numFmt).toContain('formatCode="dd.mm.yyyy"');
  });

  it("writes the sheet features: frozen pane, widths, heights, protection, validation, table, notes, links", () => {
    expect(sheet).toContain(
      '<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>',
    );
    expect(sheet).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
    expect(sheet).toContain('<row r="1" ht="28" customHeight="1">');
    expect(sheet).toContain(
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" sort="0" autoFilter="0"/>',
    );
    expect(sheet).toContain(`<formula1>"${STATUSES.join(",")}"</formula1>`);
    expect(sheet).toMatch(
      /<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Невідомий статус" error="Оберіть[^"]*" sqref="E4:E8">/,
    );
    expect(sheet).toContain(`<hyperlink ref="G4" location="'Списки'!A1" display="'Списки'!A1"/>`);
    expect(sheet).toMatch(
      /<legacyDrawing r:id="rId2"\/><tableParts count="1"><tablePart r:id="rId1"\/><\/tableParts><\/worksheet>$/,
    );
    const table = entryText(bytes, "xl/tables/table1.xml");
    expect(table).toContain('name="Заходи" displayName="Заходи" ref="A3:G8"');
    expect(table).toContain('<tableColumn id="5" name="Статус"/>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    const comments = entryText(bytes, "xl/comments1.xml");
    expect(comments).toContain("<author>Перевірка</author>");
    expect(comments).toContain('<comment ref="B4"');
    expect(comments).toContain("Перевірте текст\nзаходу");
    expect(entryText(bytes, "docProps/core.xml")).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:30:00Z</dcterms:created>',
    );
    expect(entryText(bytes, "xl/workbook.xml")).toContain('<workbookView activeTab="0"/>');
    expectPackageWellFormed(bytes);
  });

  it("uses shared strings, each distinct text once", () => {
    const sst = entryText(bytes, "xl/sharedStrings.xml");
    expect(sst.match(/<si>/g)?.length).toBe(Number(attr(sst, "uniqueCount")));
    expect(sst.split("<t>виконано</t>").length).toBe(2);
  });
});
