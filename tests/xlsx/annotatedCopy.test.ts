import { strToU8, unzipSync, zipSync } from "fflate";
import { sheetNameProblem } from "../../src/engine";
import { annotatedCopy } from "../../src/xlsx/annotatedCopy";
import { readWorkbookWithInfo } from "../../src/xlsx/readWorkbook";
import type { WorkbookAnnotations } from "../../src/xlsx/WorkbookAnnotations";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { excelEscaped } from "../helpers/hostileText";
import { odsPackage } from "../helpers/odsPackage";
import { buildPackage, entryText, sheetXml } from "./helpers/packageParts";
import { expectPackageWellFormed } from "./helpers/xmlChecks";

const LONG = "План заходів з реалізації Стратегії на 2024-2025 роки";
const ROWS = [
  ["№", "Захід", "Відповідальні", "Строк"],
  ["1", "Навчання", "Департамент освіти", "2024"],
  ["2", "Звіт", null, "2025"],
];

function annotations(sheet: string): WorkbookAnnotations {
  return {
    author: "PlanCheck",
    marks: [{ sheet, rowIndex: 2, colIndex: 2, severity: "error", note: "Не вказано відповідальних." }],
    issuesSheet: {
      name: "PlanCheck",
      columns: ["Рівень", "Аркуш", "Клітинка"],
      rows: [{ cells: ["помилка", sheet, "C3"], link: { sheet, rowIndex: 2, colIndex: 2, column: 2 } }],
    },
  };
}

/** Every sheet name valid and distinct for Excel, and no two defined names in one scope. */
function expectExcelValid(bytes: Uint8Array): void {
  expectPackageWellFormed(bytes);
  const { sheetInfo } = readWorkbookWithInfo(bytes);
  for (const { name } of sheetInfo) expect(sheetNameProblem(name)).toBeNull();
  expect(new Set(sheetInfo.map((s) => s.name.toUpperCase())).size).toBe(sheetInfo.length);
  const workbook = entryText(bytes, "xl/workbook.xml");
  const scoped = [...workbook.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?/g)].map(
    (m) => `${m[2] ?? "global"}:${(m[1] ?? "").toUpperCase()}`,
  );
  expect(new Set(scoped).size).toBe(scoped.length);
  for (const m of workbook.matchAll(/localSheetId="(\d+)"/g))
    expect(Number(m[1])).toBeLessThan(sheetInfo.length);
}

describe("an annotated copy of a workbook that is no .xlsx", () => {
  it("of an .ods with names Excel refuses is an .xlsx of its values and merges, marked, with valid names", () => {
    const ods = odsPackage([
      { name: LONG, rows: ROWS, merges: [[0, 0, 1, 2]] },
      { name: "Звіт [1]/2: a?*", rows: [["x", 1]] },
      { name: "PlanCheck", rows: [["своє"]] },
    ]);
    const grid = readWorkbookWithInfo(ods).grid;
    const copy = annotatedCopy(ods, grid, annotations(LONG));
    expect(copy.valuesOnly).toBe(true);
    expect([...copy.renamed]).toEqual([
      [LONG, "План заходів з реалізації Страт"],
      ["Звіт [1]/2: a?*", "Звіт 1 2 a"],
    ]);
    expectExcelValid(copy.bytes);
    const read = readWorkbookWithInfo(copy.bytes);
    expect(read.sheetInfo.map((s) => s.name)).toEqual([
      "План заходів з реалізації Страт",
      "Звіт 1 2 a",
      "PlanCheck",
      "PlanCheck (2)",
    ]);
    expect(read.grid.sheets[0]?.cells).toEqual(grid.sheets[0]?.cells);
    expect(read.grid.sheets[0]?.merges).toEqual([
      { rowIndex: 0, colIndex: 0, lastRowIndex: 0, lastColIndex: 1 },
    ]);
    expect(read.grid.sheets[2]?.cells).toEqual([["своє"]]);
    const sheet1 = entryText(copy.bytes, "xl/worksheets/sheet1.xml");
    expect(sheet1).toMatch(/<c r="C3" s="\d+"/);
    expect(entryText(copy.bytes, "xl/comments1.xml")).toContain("Не вказано відповідальних.");
    expect(entryText(copy.bytes, "xl/worksheets/sheet4.xml")).toContain(
      `location="'План заходів з реалізації Страт'!C3"`,
    );
  });

  it("of a CSV file is an .xlsx of its cells", () => {
    const csv = strToU8("№;Захід;Відповідальні;Строк\n1;Навчання;Департамент освіти;2024\n2;Звіт;;2025\n");
    const grid = readWorkbookWithInfo(csv).grid;
    const sheet = grid.sheets[0]?.name ?? "";
    const copy = annotatedCopy(csv, grid, annotations(sheet));
    expect(copy.valuesOnly).toBe(true);
    expectExcelValid(copy.bytes);
    expect(readWorkbookWithInfo(copy.bytes).grid.sheets[0]?.cells).toEqual(grid.sheets[0]?.cells);
  });

  it("never changes the input bytes", () => {
    const ods = odsPackage([{ name: LONG, rows: ROWS }]);
    const before = ods.slice();
    annotatedCopy(ods, readWorkbookWithInfo(ods).grid, annotations(LONG));
    expect(ods).toEqual(before);
  });
});

describe("an annotated copy of an .xlsx whose sheet names Excel refuses", () => {
  // saved by another tool: a long name, a name with ":" and "/", a name holding ESC as Excel's _x001B_
  const escaped = "План\u001b[2J";
  const book = buildPackage([
    { name: LONG, xml: sheetXml('<row r="3"><c r="C3" t="inlineStr"><is><t>x</t></is></c></row>') },
    {
      name: "Звіт: 1/2",
      xml: sheetXml(`<row r="1"><c r="A1"><f>'${LONG}'!C3&amp;Звіт!A1</f><v>0</v></c></row>`),
    },
    { name: "ESCAPED", xml: sheetXml("") },
  ]);
  const patched = entryText(book, "xl/workbook.xml")
    .replace('name="ESCAPED"', `name="${excelEscaped(escaped)}"`)
    .replace(
      "</sheets>",
      `</sheets><definedNames><definedName name="Area">'${LONG}'!$A$1:$C$3</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${LONG}'!$1:$1</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Gone'!$1:$1</definedName>` +
        `<definedName name="Other">'Звіт: 1/2'!$A$1</definedName></definedNames>`,
    );

  function withWorkbook(xml: string): Uint8Array {
    const files = unzipSync(book);
    files["xl/workbook.xml"] = strToU8(xml);
    return zipSync(files);
  }

  it("renames them validly, rewrites the defined names and formulas, and drops names of no sheet", () => {
    const input = withWorkbook(patched);
    const grid = readWorkbookWithInfo(input).grid;
    expect(grid.sheets.map((s) => s.name)).toEqual([LONG, "Звіт: 1/2", escaped]);
    const copy = annotatedCopy(input, grid, annotations(LONG));
    expect(copy.valuesOnly).toBe(false);
    expect([...copy.renamed]).toEqual([
      [LONG, "План заходів з реалізації Страт"],
      ["Звіт: 1/2", "Звіт 1 2"],
      [escaped, "План 2J"],
    ]);
    expectExcelValid(copy.bytes);
    const workbook = entryText(copy.bytes, "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="Area">'План заходів з реалізації Страт'!$A$1:$C$3</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'План заходів з реалізації Страт'!$1:$1</definedName>`,
    );
    expect(workbook).not.toContain("'Gone'");
    expect(workbook).toContain(`<definedName name="Other">'Звіт 1 2'!$A$1</definedName>`);
    expect(entryText(copy.bytes, "xl/worksheets/sheet2.xml")).toContain(
      `<f>'План заходів з реалізації Страт'!C3&amp;Звіт!A1</f>`,
    );
    // the mark is on the renamed sheet's cell and the issues sheet links to its new name
    expect(entryText(copy.bytes, "xl/worksheets/sheet1.xml")).toMatch(/<c r="C3"[^>]* s="\d+"/);
    expect(entryText(copy.bytes, "xl/worksheets/sheet4.xml")).toContain(
      `location="'План заходів з реалізації Страт'!C3"`,
    );
  });

  it("keeps valid names and defined names byte for byte", () => {
    const valid = writeWorkbook({ sheets: [{ name: "План", rows: ROWS }] });
    const copy = annotatedCopy(valid, readWorkbookWithInfo(valid).grid, annotations("План"));
    expect(copy.renamed.size).toBe(0);
    expect(entryText(copy.bytes, "xl/workbook.xml")).toContain('<sheet name="План"');
    expectExcelValid(copy.bytes);
  });
});
