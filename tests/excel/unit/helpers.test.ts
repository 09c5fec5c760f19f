import { columnIndex } from "../../../src/engine";
import { HostError } from "../../../src/host/WorkbookHost";
import { detectApiSupport } from "../../../src/excel/apiSupport";
import { areaAddresses } from "../../../src/excel/marks/areaAddresses";
import { columnSpans } from "../../../src/excel/marks/columnSpans";
import {
  EMPTY_LEDGER,
  parseLedger,
  serializeLedger,
  type MarkLedger,
} from "../../../src/excel/marks/MarkLedger";
import { markPlan } from "../../../src/excel/marks/markPlan";
import { textHash } from "../../../src/excel/marks/textHash";
import { excelCells } from "../../../src/excel/consolidation/excelCells";
import { parseAreasAddress } from "../../../src/excel/read/parseAreasAddress";
import { planRowBlocks } from "../../../src/excel/read/planRowBlocks";
import { isPayloadError, toHostError } from "../../../src/excel/officeErrors";

describe("excelCells", () => {
  it("writes dates as serials of the workbook's date system, with a date format", () => {
    const sheet = { name: "S", rows: [[new Date("2024-12-31T00:00:00Z"), 5, "=1+1"]] };
    expect(excelCells(sheet, false)).toEqual({
      values: [[45657, 5, "'=1+1"]],
      formats: [["dd.mm.yyyy", "General", "@"]],
      width: 3,
    });
    expect(excelCells(sheet, true).values).toEqual([[45657 - 1462, 5, "'=1+1"]]);
  });
});

describe("parseAreasAddress", () => {
  it("reads quoted and plain sheet prefixes, single cells and ranges", () => {
    expect(parseAreasAddress("'План заходів'!A5:A9, 'План заходів'!B2:H2, 'План заходів'!C3")).toEqual([
      { rowIndex: 4, colIndex: 0, lastRowIndex: 8, lastColIndex: 0 },
      { rowIndex: 1, colIndex: 1, lastRowIndex: 1, lastColIndex: 7 },
      { rowIndex: 2, colIndex: 2, lastRowIndex: 2, lastColIndex: 2 },
    ]);
    expect(parseAreasAddress("Sheet1!$AA$10:$AB$12")).toEqual([
      { rowIndex: 9, colIndex: columnIndex("AA"), lastRowIndex: 11, lastColIndex: columnIndex("AB") },
    ]);
    expect(parseAreasAddress("'It''s, odd!'!B2")).toEqual([
      { rowIndex: 1, colIndex: 1, lastRowIndex: 1, lastColIndex: 1 },
    ]);
  });
  it("gives null for text it cannot read, rather than guessing", () => {
    expect(parseAreasAddress("Sheet1!A1:B2, #REF!")).toBeNull();
  });
});

describe("planRowBlocks", () => {
  it("cuts by rows and by cells, at least one row a block", () => {
    const used = { rowIndex: 3, colIndex: 1, rowCount: 45_000, colCount: 10 };
    expect(planRowBlocks(used, 20_000, 400_000).map((b) => [b.rowIndex, b.rowCount])).toEqual([
      [3, 20_000],
      [20_003, 20_000],
      [40_003, 5_000],
    ]);
    expect(
      planRowBlocks({ ...used, rowCount: 5, colCount: 5_000 }, 20_000, 1_000).map((b) => b.rowCount),
    ).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("columnSpans and areaAddresses", () => {
  const cells = [4, 5, 6, 9, 30]
    .map((rowIndex) => ({ rowIndex, colIndex: 3 }))
    .concat([{ rowIndex: 0, colIndex: 0 }]);
  it("joins neighbours of a column across short gaps", () => {
    expect(columnSpans(cells, 0, 100)).toEqual([
      { colIndex: 0, rowIndex: 0, rowCount: 1 },
      { colIndex: 3, rowIndex: 4, rowCount: 3 },
      { colIndex: 3, rowIndex: 9, rowCount: 1 },
      { colIndex: 3, rowIndex: 30, rowCount: 1 },
    ]);
    expect(columnSpans(cells, 3, 100).map((s) => [s.rowIndex, s.rowCount])).toEqual([
      [0, 1],
      [4, 6],
      [30, 1],
    ]);
    expect(columnSpans(cells, 1_000, 100).map((s) => [s.rowIndex, s.rowCount])).toEqual([
      [0, 1],
      [4, 27],
    ]);
  });
  it("makes address lists below a length, never one per cell", () => {
    expect(areaAddresses(cells, 2_000)).toEqual(["A1, D5:D7, D10, D31"]);
    const many = Array.from({ length: 1_000 }, (_, i) => ({ rowIndex: i * 2, colIndex: 4 }));
    const lists = areaAddresses(many, 2_000);
    expect(lists.every((list) => list.length <= 2_000)).toBe(true);
    expect(lists.join(", ").split(", ")).toHaveLength(1_000);
    expect(lists.length).toBeLessThan(10);
  });
});

describe("markPlan", () => {
  it("keys the engine's marks by A1 address, per sheet, leaving out findings without a cell", () => {
    const plan = markPlan(
      [
        { sheet: "S", rowIndex: 1, colIndex: 1, severity: "info", note: "розмито" },
        { sheet: "S", rowIndex: 1, colIndex: 1, severity: "error", note: "немає строку" },
        { sheet: "S", rowIndex: 6, colIndex: 2, severity: "warning", note: "у злитій клітинці" },
        { sheet: "S", rowIndex: -1, colIndex: 0, severity: "error", note: "поза таблицею" },
        { sheet: "T", rowIndex: 0, colIndex: 27, severity: "info", note: "" },
      ],
      (sheet) => (sheet === "S" ? [{ rowIndex: 4, colIndex: 2, lastRowIndex: 8, lastColIndex: 3 }] : null),
    );
    expect([...plan.keys()]).toEqual(["S", "T"]);
    expect([...plan.get("S")!.values()]).toEqual([
      { a1: "B2", rowIndex: 1, colIndex: 1, severity: "error", note: "немає строку\nрозмито" },
      { a1: "C5", rowIndex: 4, colIndex: 2, severity: "warning", note: "у злитій клітинці" },
    ]);
    expect([...plan.get("T")!.keys()]).toEqual(["AB1"]);
  });
});

describe("mark ledger", () => {
  it("round-trips and falls back to empty on anything unreadable", () => {
    const ledger: MarkLedger = {
      v: 1,
      annotations: "note",
      sheets: [
        {
          id: "{1}",
          name: "S",
          fills: [{ color: "#FFFFFF", pattern: "None" }],
          cells: [["B2", 0, [textHash("x")]]],
        },
      ],
    };

    expect(parseLedger(serializeLedger(ledger))).toEqual(ledger);
    expect(parseLedger("{not json")).toBe(EMPTY_LEDGER);
    expect(parseLedger(JSON.stringify({ v: 2 }))).toBe(EMPTY_LEDGER);
    expect(parseLedger(undefined)).toBe(EMPTY_LEDGER);
  });
  it("hashes texts stably", () => {
    expect(textHash("Не вказано строк")).toBe(textHash("Не вказано строк"));
    expect(textHash("Не вказано строк")).not.toBe(textHash("Не вказано строк."));
    expect(textHash("")).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("Office errors", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["ApiNotFound", "api-missing"],
    ["NotImplemented", "api-missing"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["RangeExceedsLimit", "too-large"],
    ["InvalidOperationInCellEditMode", "busy"],
    ["InactiveWorkbook", "busy"],
    ["ItemNotFound", "not-found"],
    ["GeneralException", "unknown"],
  ])("%s → %s", (code, reason) => {
    const error = toHostError(
      Object.assign(new Error("m"), { code, debugInfo: { errorLocation: "Range.values" } }),
      { sheet: "S" },
    );
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ reason, detail: { sheet: "S" } });
    expect(error.message).toContain(code);
  });
  it("passes HostErrors through and copes with anything thrown", () => {
    const host = new HostError("busy", "x");
    expect(toHostError(host)).toBe(host);
    expect(toHostError("boom")).toMatchObject({ reason: "unknown", message: "Excel: error: boom" });
    expect(isPayloadError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError(new Error("x"))).toBe(false);
  });
});

describe("API sets", () => {
  it.each([
    ["1.18", { core: true, merges: true, annotations: "note", formatCategories: true }],
    ["1.13", { core: true, merges: true, annotations: "comment", formatCategories: true }],
    ["1.12", { core: true, merges: false, annotations: "comment", formatCategories: true }],
    ["1.10", { core: true, merges: false, annotations: "comment", formatCategories: false }],
    ["1.9", { core: true, merges: false, annotations: "none", formatCategories: false }],
    ["1.8", { core: false, merges: false, annotations: "none", formatCategories: false }],
  ])("ExcelApi %s", (max, expected) => {
    const [major, minor] = max.split(".").map(Number) as [number, number];
    const supported = (name: string, version: string): boolean => {
      const [a, b] = version.split(".").map(Number) as [number, number];
      return name === "ExcelApi" && (a < major || (a === major && b <= minor));
    };
    expect(detectApiSupport(supported)).toEqual(expected);
  });
});
