import { strToU8, zipSync } from "fflate";
import { annotateWorkbook } from "../../src/xlsx/annotateWorkbook";
import { READ_LIMITS } from "../../src/xlsx/limits";
import { checkZip } from "../../src/xlsx/read/checkZip";
import { readWorkbookWithSheetJs } from "../../src/xlsx/read/readWorkbookWithSheetJs";
import type { InputFormat } from "../../src/xlsx/read/sniffFormat";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import {
  deflateFill,
  GIB,
  longStringBomb,
  MIB,
  nulSheetBomb,
  sheetXml,
  workbookWith,
} from "../helpers/hostileWorkbooks";

/**
 * Every reading limit of src/xlsx/limits.ts, met by a file built here: each reader refuses it with one
 * WorkbookReadError naming the limit (and where), before doing the work the file asks for. How fast and in
 * how little memory is `npm run bench`'s job (the bombs run there as child processes); the timeouts here only
 * guard against a runaway.
 */
jest.setTimeout(60_000);

function refusal(read: () => unknown): WorkbookReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("the file was read");
}

/** The fast path (readWorkbook) and SheetJS handed the file directly. */
function bothReaders(data: Uint8Array, format: InputFormat = "zip"): WorkbookReadError[] {
  return [refusal(() => readWorkbook(data)), refusal(() => readWorkbookWithSheetJs(data, format))];
}

/** The annotating writer (`--out`) opening the package. */
const annotate = (data: Uint8Array): Uint8Array =>
  annotateWorkbook(data, { marks: [], author: "PlanCheck", issuesSheet: null });

const exceeded = (error: WorkbookReadError) => ({ problem: error.problem, ...error.exceeded });

describe("zip bombs", () => {
  it("a 2 MB workbook whose sheet inflates to 2 GB of NUL bytes: refused by its declared size, by every reader", () => {
    const bomb = nulSheetBomb();
    expect(bomb.length).toBeLessThan(3 * MIB);
    expect(checkZip(bomb).find((e) => e.name === "xl/worksheets/sheet1.xml")?.declaredSize).toBe(2 * GIB);
    for (const error of [...bothReaders(bomb), refusal(() => annotate(bomb))]) {
      expect(exceeded(error)).toEqual({
        problem: "too-large",
        limit: "partBytes",
        value: 256,
        part: "xl/worksheets/sheet1.xml",
      });
      expect(error.message).toBe(
        "The workbook part xl/worksheets/sheet1.xml unpacks to more than 256 MB, the most PlanCheck reads in one part.",
      );
    }
  });

  it("the same bomb declaring 1 KB: stopped at its lie by every reader that inflates it", () => {
    for (const error of bothReaders(nulSheetBomb(2 * GIB, 1024))) {
      expect(error.problem).toBe("corrupt");
      expect(error.message).toBe(
        "The workbook is damaged: its part xl/worksheets/sheet1.xml holds more than the 1,024 bytes it declares.",
      );
    }
  });

  it("a bomb declaring 40 MB, under every limit, is stopped once it passes 40 MB", () => {
    const errors = bothReaders(nulSheetBomb(2 * GIB, 40 * MIB));
    expect(errors.map((e) => e.message)).toEqual([
      "The workbook is damaged: its part xl/worksheets/sheet1.xml holds more than the 41,943,040 bytes it declares.",
      "The workbook is damaged: its part xl/worksheets/sheet1.xml holds more than the 41,943,040 bytes it declares.",
    ]);
  });

  it("shared strings holding one 2 GB string: refused by the declared size, or at the lie", () => {
    const honest = longStringBomb();
    for (const error of [...bothReaders(honest), refusal(() => annotate(honest))])
      expect(exceeded(error)).toMatchObject({ limit: "partBytes", part: "xl/sharedStrings.xml" });
    const lying = bothReaders(longStringBomb(2 * GIB, 10_000));
    for (const error of lying)
      expect(error.message).toMatch(/sharedStrings.xml holds more than the 10,000 bytes/);
  });

  it("worksheets that declare more than 512 MB together: refused before any is inflated", () => {
    const part = { deflated: deflateFill("", 0x20, MIB, ""), size: MIB, declared: 200 * MIB };
    const bomb = workbookWith(
      {
        "xl/worksheets/sheet1.xml": part,
        "xl/worksheets/sheet2.xml": part,
        "xl/worksheets/sheet3.xml": part,
      },
      3,
    );
    expect(exceeded(refusal(() => readWorkbook(bomb)))).toEqual({
      problem: "too-large",
      limit: "totalBytes",
      value: 512,
    });
    // SheetJS would inflate every part: its budget is smaller
    expect(refusal(() => readWorkbookWithSheetJs(bomb, "zip")).exceeded?.limit).toBe("sheetJsBytes");
  });

  it("a part the fast reader never reads is still never handed to SheetJS unproven", () => {
    const image = { deflated: deflateFill("", 0, 2 * GIB, ""), size: 2 * GIB, declared: 1000 };
    const bomb = workbookWith({ "xl/media/image1.png": image });
    // the fast reader reads only what it needs: the plan is read
    expect(readWorkbook(bomb).sheets[0]?.cells).toEqual([["Найменування заходу"]]);
    expect(refusal(() => readWorkbookWithSheetJs(bomb, "zip")).message).toMatch(/image1.png holds more than/);
    // the annotated copy copies the part as it is, still compressed, without inflating it
    const copy = annotate(bomb);
    expect(checkZip(copy).find((e) => e.name === "xl/media/image1.png")).toMatchObject({
      declaredSize: 1000,
    });
  });
});

describe("lying zip headers", () => {
  const plain = workbookWith({});
  const local = (data: Uint8Array, name: string): number => {
    const entry = checkZip(data).find((e) => e.name === name);
    return (entry?.dataStart ?? 0) - 30 - name.length;
  };

  it("a local header that declares another size than the directory", () => {
    const broken = plain.slice();
    const at = local(broken, "xl/worksheets/sheet1.xml");
    new DataView(broken.buffer).setUint32(at + 22, 5, true);
    for (const error of [...bothReaders(broken), refusal(() => annotate(broken))]) {
      expect(error.problem).toBe("corrupt");
      expect(error.message).toMatch(/entry "xl\/worksheets\/sheet1.xml" declares two different sizes/);
    }
  });

  it("a local header that names another compression method", () => {
    const broken = plain.slice();
    new DataView(broken.buffer).setUint16(local(broken, "xl/workbook.xml") + 8, 0, true);
    for (const error of bothReaders(broken)) expect(error.message).toMatch(/names two compression methods/);
  });

  it("an end record that counts 65,535 entries", () => {
    const broken = plain.slice();
    const view = new DataView(broken.buffer);
    view.setUint16(broken.length - 22 + 8, 0xffff, true);
    view.setUint16(broken.length - 22 + 10, 0xffff, true);
    for (const error of bothReaders(broken)) expect(error.message).toMatch(/more entries than it holds/);
  });
});

describe("grid limits", () => {
  const rows = (count: number, cell: (r: number) => string): string =>
    Array.from({ length: count }, (_, i) => `<row r="${i + 1}">${cell(i + 1)}</row>`).join("");

  it("a cell on row 250,001: the sheet is refused, naming it, by both readers", () => {
    const far = workbookWith({
      "xl/worksheets/sheet1.xml": sheetXml('<row r="250001"><c r="B250001"><v>1</v></c></row>'),
    });
    for (const error of bothReaders(far))
      expect(exceeded(error)).toEqual({
        problem: "too-large",
        limit: "sheetRows",
        value: 250_000,
        sheet: "План",
      });
    // row 250,000 is still read
    const last = workbookWith({
      "xl/worksheets/sheet1.xml": sheetXml('<row r="250000"><c r="B250000"><v>1</v></c></row>'),
    });
    expect(readWorkbook(last).sheets[0]?.cells).toHaveLength(250_000);
  });

  it("three sheets of 200,000 rows: over the rows of a workbook", () => {
    const sheet = sheetXml('<row r="200000"><c r="A200000"><v>1</v></c></row>');
    const book = workbookWith(
      {
        "xl/worksheets/sheet1.xml": sheet,
        "xl/worksheets/sheet2.xml": sheet,
        "xl/worksheets/sheet3.xml": sheet,
      },
      3,
    );
    for (const error of bothReaders(book)) expect(error.exceeded?.limit).toBe("rows");
  });

  it("a value in column XFD of every row: refused at ten million cells, long before the rows end", () => {
    const book = workbookWith({
      "xl/worksheets/sheet1.xml": sheetXml(rows(1_000, (r) => `<c r="XFD${r}"><v>${r}</v></c>`)),
    });
    for (const error of bothReaders(book))
      expect(exceeded(error)).toEqual({ problem: "too-large", limit: "cells", value: 10_000_000 });
  });

  it("a cell of 100,001 characters, named by its address; 100,000 still read", () => {
    const text = (length: number) =>
      workbookWith({
        "xl/sharedStrings.xml": `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${"ї".repeat(length)}</t></si></sst>`,
        "xl/worksheets/sheet1.xml": sheetXml('<row r="3"><c r="D3" t="s"><v>0</v></c></row>'),
      });
    for (const error of bothReaders(text(READ_LIMITS.stringLength + 1)))
      expect(exceeded(error)).toEqual({
        problem: "too-large",
        limit: "stringLength",
        value: 100_000,
        sheet: "План",
        cell: "D3",
      });
    expect(readWorkbook(text(READ_LIMITS.stringLength)).sheets[0]?.cells[2]?.[3]).toHaveLength(100_000);
  });

  it("merged ranges covering more than twenty million cells", () => {
    const book = workbookWith({
      "xl/worksheets/sheet1.xml": sheetXml(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD2000"/></mergeCells>',
      ),
    });
    for (const error of bothReaders(book)) expect(error.exceeded?.limit).toBe("mergedCells");
  });

  it("more than a million merged ranges", () => {
    const head = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', "<mergeCells>").replace(
      "</worksheet>",
      "",
    );
    const unit = '<mergeCell ref="A1:B1"/>';
    const tail = "</mergeCells></worksheet>";
    const count = READ_LIMITS.mergedRanges + 1;
    const size = head.length + unit.length * count + tail.length;
    const book = workbookWith({
      "xl/worksheets/sheet1.xml": { deflated: deflateFill(head, unit, count, tail), size },
    });
    expect(exceeded(refusal(() => readWorkbook(book)))).toEqual({
      problem: "too-large",
      limit: "mergedRanges",
      value: 1_000_000,
      sheet: "План",
    });
  });
});

describe("formats only SheetJS reads", () => {
  const ods = (cell: string): Uint8Array =>
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "META-INF/manifest.xml": strToU8(
        '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
      ),
      "styles.xml": strToU8(
        '<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      ),
      "content.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Аркуш"><table:table-row>${cell}</table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
      ),
    });

  it("an .ods whose one cell, repeated, asks for sixteen million copies", () => {
    const bomb = ods(
      '</table:table-row><table:table-row table:number-rows-repeated="4000"><table:table-cell table:number-columns-repeated="4000" office:value-type="string"><text:p>x</text:p></table:table-cell>',
    );
    expect(bomb.length).toBeLessThan(2000);
    expect(exceeded(refusal(() => readWorkbook(bomb)))).toEqual({
      problem: "too-large",
      limit: "cells",
      value: 10_000_000,
    });
  });

  it("an ordinary .ods, its empty rows repeated to the end of the grid as LibreOffice writes them, still reads", () => {
    const book = ods(
      '<table:table-cell office:value-type="string"><text:p>Захід</text:p></table:table-cell>',
    );
    expect(readWorkbook(book).sheets[0]?.cells).toEqual([["Захід"]]);
  });

  it("an .ods whose content declares more than SheetJS may be given", () => {
    const big = { deflated: deflateFill("", 0x20, MIB, ""), size: MIB, declared: 100 * MIB };
    const book = workbookWith({ "META-INF/manifest.xml": "<manifest/>", "content.xml": big });
    expect(exceeded(refusal(() => readWorkbook(book)))).toEqual({
      problem: "too-large",
      limit: "sheetJsBytes",
      value: 96,
    });
  });

  it("a CSV of more than 500,000 lines, and one of more than ten million fields", () => {
    const lines = strToU8("Захід;Строк\n".repeat(READ_LIMITS.rows + 1));
    expect(bothReaders(lines, "text").map((e) => e.exceeded?.limit)).toEqual(["rows", "rows"]);
    const fields = strToU8(`a${";".repeat(READ_LIMITS.cells)}\n`);
    expect(bothReaders(fields, "text").map((e) => e.exceeded?.limit)).toEqual(["cells", "cells"]);
  });

  it("a CSV row of 17,000 columns", () => {
    const wide = strToU8(`${"a,".repeat(17_000)}a\n`);
    expect(bothReaders(wide, "text").map((e) => e.exceeded)).toEqual([
      { limit: "columns", value: 16_384, sheet: "Sheet1" },
      { limit: "columns", value: 16_384, sheet: "Sheet1" },
    ]);
  });

  it("any file over 256 MB, before a byte of it is looked at", () => {
    const huge = new Uint8Array(READ_LIMITS.fileBytes + 1);
    expect([...bothReaders(huge), refusal(() => annotate(huge))].map((e) => e.exceeded?.limit)).toEqual([
      "fileBytes",
      "fileBytes",
      "fileBytes",
    ]);
  });
});
