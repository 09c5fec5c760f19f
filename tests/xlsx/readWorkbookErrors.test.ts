import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx/readWorkbook";
import { planFixtures, readBytes } from "./helpers/fixtures";

const HERE = join(__dirname, "fixtures");
const plan = readBytes(planFixtures()[0]?.path ?? "");

function readError(data: Uint8Array): WorkbookReadError {
  try {
    readWorkbook(data);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("readWorkbook did not throw");
}

describe("readWorkbook refuses what is not a readable workbook", () => {
  it("an empty file", () => {
    const error = readError(new Uint8Array(0));
    expect(error.problem).toBe("empty");
    expect(error.message).toBe("The file is empty (0 bytes).");
    expect(error.name).toBe("WorkbookReadError");
  });

  it.each([
    [
      "a PDF",
      strToU8("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
      /not an Excel workbook \(\.xlsx\): the file is a PDF document/i,
    ],
    ["a PNG", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    [
      "random bytes",
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 73 + 11) % 256),
      /not a spreadsheet format/,
    ],
    [
      "an HTML page",
      strToU8("<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>"),
      /HTML or XML/,
    ],
    [
      "a Word document",
      zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") }),
      /Word document/,
    ],
    ["an unrelated ZIP", zipSync({ "notes.txt": strToU8("hello") }), /ZIP archive without a workbook/],
  ])("%s", (_what, data, message) => {
    const error = readError(data);
    expect(error.problem).toBe("not-a-workbook");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  it("a password-protected workbook", () => {
    const error = readError(readBytes(join(HERE, "encrypted-password-secret.xlsx")));
    expect(error.problem).toBe("encrypted");
    expect(error.message).toMatch(/password-protected/);
  });

  it.each([4, 30, 100, 1000, 5000, plan.length - 200, plan.length - 10])(
    "a workbook truncated to %i bytes (refused instead of hanging: the timeout guards)",
    (length) => {
      const error = readError(plan.slice(0, length));
      expect(error.problem).toBe("corrupt");
      expect(error.message).toMatch(/^The workbook is damaged/);
    },
    5_000,
  );

  it("a ZIP whose directory points outside the archive", () => {
    const broken = plan.slice();
    const view = new DataView(broken.buffer);
    const eocd = broken.length - 22;
    view.setUint32(eocd + 16, broken.length + 100, true);
    expect(readError(broken).problem).toBe("corrupt");
  });

  it("a damaged entry inside a well-formed ZIP", () => {
    const broken = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook><sheets><sheet name='a' r:id='rId9'/></sheets>"),
    });
    expect(() => readWorkbook(broken)).toThrow(WorkbookReadError);
  });
});

describe("readWorkbook reads other spreadsheet formats", () => {
  it("a legacy .xls with its merges", () => {
    const grid = readWorkbook(readBytes(join(HERE, "legacy-001.xls")));
    const original = readWorkbook(readBytes(planFixtures()[1]?.path ?? ""));
    expect(grid.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(grid.sheets[0]?.merges?.length).toBe(original.sheets[0]?.merges?.length);
    expect(grid.sheets[0]?.cells[3]?.[1]).toBe(original.sheets[0]?.cells[3]?.[1]);
  });
});
